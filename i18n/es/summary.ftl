# Las palabras propias del resumen de decisión (lo que no dice el banco).
# Se trata a la persona de usted, sin adjetivos que concuerden con su género,
# como en el banco (questions/README.md).
# Cada id está también en i18n/en/summary.ftl (src/summary/messages.rs lo comprueba).

summary-title = { $bank } · resumen
byline-for = Para { $name } · { $date }
date = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
and-list = { $rest } y { $last }
list-comma = ,{" "}

part-safety = Su seguridad, y ayuda en cualquier momento
part-safety-flagged = Su seguridad es lo primero
part-standing = Dónde está usted ahora
part-needs = Lo que aún le falta
part-next = Su próximo paso
part-weighing = Cómo compara sus opciones
part-facts = Lo que podría hacer difícil una opción, según sus respuestas
part-situation = Su situación
part-programs = Los programas que está comparando
part-notes = Con sus propias palabras
part-top = Puntos para llevar a la sesión
part-therapist = Más para preguntar o contar a su terapeuta
part-ask-programs = Para preguntar a los programas
part-insurer = Para confirmar con su plan de seguro
part-work = Para preguntar en el trabajo o a Recursos Humanos
part-later = Si más adelante considera una opción más intensiva
part-overview = Los temas de un vistazo
part-open = Lo que saltó o todavía no sabe
part-changes = Desde su último registro
part-answers = Todas sus respuestas

safety-skipped = La saltó
safety-not-reached = No llegó a esta pregunta
safety-no-answer = Sin respuesta
safety-first-point = Hable primero de su seguridad, antes que de cualquier otra cosa aquí.

programs-estimates = Los costos y horarios son aproximados. Véalos todos con `iop-check programs compare`.
own-words-mark = (escrito por usted)
next-step = En las próximas semanas, sea cual sea su elección, `iop-check progress` es una revisión semanal breve: cómo le fue la semana, sus metas y cómo le va con su atención. Crea un resumen de una página que puede compartir con su equipo de atención.
needs-all = { $asked ->
    [one] Usted contestó que sí a la pregunta sobre si ya puede decidir.
   *[other] Usted contestó que sí a las { $asked } preguntas sobre si ya puede decidir.
}
needs-some = { $asked ->
    [one] Usted contestó que sí a { $met } de { $asked } pregunta sobre si ya puede decidir. Para la que falta, un próximo paso:
   *[other] Usted contestó que sí a { $met } de { $asked } preguntas sobre si ya puede decidir. Para las que faltan, un próximo paso para cada una:
}
needs-step = { $label } { $answer } Próximo paso: { $step }
needs-no-step = { $label } { $answer }
weighs-against = Pesa en contra de { $options }:
weighing-reasons = Lo que le importa y apunta a { $option }:
weighing-answers = Sus respuestas que apuntan a { $option }:
weighing-leaning = { $option } (hacia donde se inclina)
weighing-both = { $first } y a { $second }
weighing-none = Sus respuestas hasta ahora no apuntan a una opción más que a otra.
overview-intro = Estas palabras describen cómo encajan sus respuestas con las opciones que está comparando. No son una calificación de usted, ni un veredicto sobre ninguna opción.
overview-answered = { $count ->
    [one] { $count } contestada
   *[other] { $count } contestadas
}
overview-open = { $count ->
    [one] { $count } saltada o con «No lo sé»
   *[other] { $count } saltadas o con «No lo sé»
}
overview-to-find-out = { $count ->
    [one] { $count } por averiguar
   *[other] { $count } por averiguar
}
table-consideration = Tema
table-shows = Lo que muestran sus respuestas
table-details = Detalles
open-skipped = Saltadas: { $list }
open-not-sure = No lo sabe: { $list }
changes-intro = Respuestas que cambiaron. Solo se comparan las preguntas que contestó las dos veces.
changes-item = { $question } Antes: { $before }. Ahora: { $now }.
answers-intro = Todas las demás respuestas, en el orden en que las dio. Las respuestas de arriba no se repiten.
answer-skipped = La saltó
footer-bank = Banco de preguntas: { $id } { $version }
footer-bank-reviewed = Banco de preguntas: { $id } { $version }, revisado por última vez el { $date }
page-of = Página
page-of-total = de

section-not-answered = Sin contestar
section-nothing-to-find-out = En sus respuestas no queda nada por averiguar
section-still-open = Algunas preguntas siguen abiertas
section-too-few = Muy pocas respuestas para resumir
section-too-few-to-say = { $options }: muy pocas respuestas para decir algo
section-to-find-out = { $count ->
    [one] { $count } cosa por averiguar
   *[other] { $count } cosas por averiguar
}

## `iop-check history` (src/summary/history.rs).
date-short = { $day } { $month } { $year }
month-short-1 = ene
month-short-2 = feb
month-short-3 = mar
month-short-4 = abr
month-short-5 = may
month-short-6 = jun
month-short-7 = jul
month-short-8 = ago
month-short-9 = sep
month-short-10 = oct
month-short-11 = nov
month-short-12 = dic
history-title = Cómo ha cambiado su decisión
history-intro = Dónde estaba en cada registro que guardó, con sus propias respuestas. "Tiene claro" cuenta las preguntas sobre su preparación que contestó con un sí claro (por ejemplo, saber lo suficiente de cada opción), de las que contestó. Esto describe sus respuestas, no a usted.
history-empty = Aún no hay registros guardados. Cuando termine iop-check, puede guardar su registro para compararlo la próxima vez.
history-head-check-in = Registro
history-head-stage = Dónde estaba
history-head-leaning = Hacia dónde se inclinaba
history-head-feeling = Corazonada
history-head-sure = Tiene claro
history-skipped = la saltó
history-sure-of = { $met } de { $asked }
history-flagged = En el registro { $id }, la pregunta de seguridad quedó marcada.
history-more = Vuelva a ver uno con `iop-check summary ID`. Para una gráfica para imprimir: `iop-check history --format html -o history.html`.
history-questions = { $count ->
    [0] ninguna
    [one] 1 pregunta
   *[other] { $count } preguntas
}
history-chart-title = Dónde estaba en cada registro guardado
history-chart-desc = Tres partes, una por cada medida, para { $count } registros, de izquierda (el más antiguo) a derecha (el más nuevo): dónde estaba en su decisión, su corazonada y cuántas preguntas sobre su preparación tenía claras. Hacia dónde se inclinaba está escrito arriba. Un hueco quiere decir que saltó la pregunta o no lo tenía claro. Los mismos datos están en la tabla de abajo.
history-chart-stage = Dónde estaba en su decisión
history-chart-feeling = Corazonada
history-chart-sure = Tiene claro (preguntas sobre su preparación)
history-chart-key = Línea continua y puntos: dónde estaba en su decisión. Línea de rayas y cuadrados: su corazonada. Línea de puntos y triángulos: cuántas preguntas sobre su preparación tenía claras. Un hueco quiere decir que la saltó o no lo tenía claro.
history-table-caption = Lo mismo, registro por registro
history-not-you = Esto describe sus respuestas, no a usted. iop-check no hace ningún diagnóstico ni decide nada por usted.
