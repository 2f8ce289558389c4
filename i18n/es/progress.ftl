# progress: es
# Every id here is in the other language's progress.ftl too (src/i18n.rs tests it).
# Las revisiones semanales (`iop-check progress`): las preguntas hechas para
# cada meta y señal, los patrones de dos semanas, el historial, la página
# para el equipo de salud y lo que dicen los comandos. Se trata a la persona
# de usted, sin adjetivos que concuerden con su género. Las palabras de la
# persona llegan como argumentos y se dejan como las escribió.

## Las preguntas hechas para cada meta y señal

progress-goal-fact = Meta: { $goal }
progress-sign-fact = Señal: { $sign }
progress-goal-from-decision = Esta meta viene de su último registro para decidir. Puede cambiarla al final de esta parte.

## Las fechas en tablas y gráficas: "1 oct. 2026", "1 oct."

progress-day = { $day } { $month }
progress-date = { $monthday } { $year }
progress-month-1 = ene.
progress-month-2 = feb.
progress-month-3 = mar.
progress-month-4 = abr.
progress-month-5 = mayo
progress-month-6 = jun.
progress-month-7 = jul.
progress-month-8 = ago.
progress-month-9 = sept.
progress-month-10 = oct.
progress-month-11 = nov.
progress-month-12 = dic.

## Lo que se mide

progress-measure-mood = Ánimo
progress-measure-stress = Estrés
progress-measure-sleep = Sueño
progress-measure-energy = Energía
progress-measure-missed = Faltas a sesiones

## Los patrones de dos semanas, y lo que plantean para el equipo de salud

progress-fit-question = Hable con su equipo de salud sobre si este nivel de atención todavía le sirve.
progress-pattern-mood-lower-missed = Su ánimo estuvo más bajo que antes, y faltó a sesiones, dos semanas seguidas.
progress-pattern-not-enough-twice = Usted dijo que su atención no era suficiente, dos semanas seguidas.
progress-pattern-too-much-twice = Usted dijo que su atención era demasiada, dos semanas seguidas.
progress-pattern-missed-twice = Faltó a sesiones dos semanas seguidas.
progress-question-missed = Hable con su equipo de salud sobre lo que le impide ir a sus sesiones.
progress-pattern-mood-lower = Su ánimo estuvo más bajo que antes, dos semanas seguidas.
progress-question-mood = Hable con su equipo de salud sobre lo que cambió en su ánimo.
progress-pattern-stress-higher = Su estrés estuvo más alto que antes, dos semanas seguidas.
progress-question-stress = Hable con su equipo de salud sobre lo que le causa más estrés.
progress-pattern-sleep-lower = Su sueño estuvo peor que antes, dos semanas seguidas.
progress-question-sleep = Hable con su equipo de salud sobre su sueño.
progress-pattern-energy-lower = Su energía estuvo más baja que antes, dos semanas seguidas.
progress-question-energy = Hable con su equipo de salud sobre su energía.
progress-pattern-goal-stuck = Su meta “{ $goal }” no avanzó dos semanas seguidas.
progress-question-goal = Hable con su equipo de salud sobre esta meta, y sobre lo que le impide avanzar.

## El historial (`iop-check progress history`)

progress-skipped = la saltó
progress-safety-week = En la revisión del { $date }, una respuesta de seguridad no fue "No".
progress-safety-help = { $help }. Para ver más formas de pedir ayuda, use `iop-check crisis`.
progress-intro = Sus revisiones semanales, de la más antigua a la más nueva, con sus propias respuestas. El ánimo, el estrés, el sueño y la energía van del 1 al 5; en las sesiones a las que faltó, 3 o más cuenta como 3. Esto describe sus respuestas, no a usted.
progress-empty = Aún no hay revisiones semanales guardadas. Use `iop-check progress` una vez por semana; cada una que guarde se suma aquí.
progress-care-weekly = Semanal
progress-care-iop = IOP
progress-care-php = PHP
progress-care-other = Otra
progress-care-none = Ninguna
progress-col-week = Semana del
progress-col-care = Atención
progress-col-mood = Ánimo
progress-col-stress = Estrés
progress-col-sleep = Sueño
progress-col-energy = Energía
progress-col-missed = Faltas
progress-col-fit = Cantidad de atención
progress-trend-intro = Cómo cambia, una marca por semana, la más antigua a la izquierda (más alta es un punto más arriba en la escala; un espacio es una semana que saltó):
progress-goals-this-week = Metas de esta semana:
progress-moved = Respuestas que cambiaron en la misma dirección dos semanas seguidas
progress-history-next = Para su equipo de salud: `iop-check progress summary`. Para una gráfica para imprimir: `iop-check progress history --format html -o progress.html`.
progress-history-title = Sus revisiones semanales
progress-trends = Cómo cambia cada medida
progress-trend-ends = de { $low } a { $high }
progress-chart-title = Sus revisiones semanales, medida por medida
progress-chart-desc = { $weeks ->
    [one] { $panels } paneles, con una línea cada uno ({ $measures }), para { $weeks } semana, de izquierda (la más antigua) a derecha (la más nueva). Cada panel muestra las palabras de su escala abajo y arriba. Un hueco quiere decir que la saltó o no lo sabía. Los mismos datos están en la tabla de abajo.
   *[other] { $panels } paneles, con una línea cada uno ({ $measures }), para { $weeks } semanas, de izquierda (la más antigua) a derecha (la más nueva). Cada panel muestra las palabras de su escala abajo y arriba. Un hueco quiere decir que la saltó o no lo sabía. Los mismos datos están en la tabla de abajo.
}
progress-chart-years = { $first } a { $last }
progress-chart-axis = Semana del (en { $years })
progress-chart-caption = Una línea por medida; cada una tiene su propio trazo y su propia marca. Las palabras de cada punta son los extremos de la escala. Un hueco quiere decir que la saltó o no lo sabía.
progress-week-by-week = Semana por semana
progress-history-footer = Esto describe sus respuestas, no a usted. iop-check no hace ningún diagnóstico y no decide nada por usted.
progress-history-meta = { $count ->
    [one] { $count } revisión semanal, del { $first } al { $last }
   *[other] { $count } revisiones semanales, del { $first } al { $last }
}

## La página para el equipo de salud (`iop-check progress summary`)

progress-summary-title = Revisiones semanales: un resumen para el equipo de salud
progress-byline-span = { $count ->
    [one] { $count } revisión semanal, del { $first } al { $last }
   *[other] { $count } revisiones semanales, del { $first } al { $last }
}
progress-byline-one = 1 revisión semanal, { $date }
progress-byline-none = Aún no hay revisiones semanales guardadas
progress-byline-care = { $byline } · Atención ahora: { $care }
progress-part-raise = Lo que quiero plantear
progress-this-week = Esta semana:
progress-part-questions = Preguntas para el equipo de salud, según las semanas
progress-questions-too-soon = Para esto hacen falta dos semanas o más de revisiones.
progress-questions-none = Esta vez las semanas no plantean preguntas. (Surge una pregunta cuando una respuesta empeora dos semanas seguidas, o cuando la atención parece demasiada o no suficiente dos semanas seguidas.)
progress-not-answered = sin respuesta
progress-last-week = la semana pasada: { $answer }
progress-last-and-first-week = la semana pasada: { $last }; la primera semana: { $first }
progress-part-changes = Esta semana, y lo que cambió
progress-count = { $weeks ->
    [one] { $answer } ({ $weeks } semana)
   *[other] { $answer } ({ $weeks } semanas)
}
progress-missed = Sesiones a las que faltó:
progress-missed-why = Lo que le impidió ir:
progress-care-fit = Cómo sintió la cantidad de atención:
progress-part-sessions = Sesiones y atención
progress-status-goal-moving = avanza: hubo progreso dos semanas seguidas
progress-status-goal-stuck = sin avance: no hubo progreso dos semanas seguidas
progress-status-sign-moving = mejor dos semanas seguidas
progress-status-sign-stuck = no mejoró dos semanas seguidas
progress-status-mixed = a veces sí, a veces no
progress-status-named = se evalúa desde la próxima semana
progress-status-new = nueva esta semana
progress-named-this-week = nombrada esta semana
progress-no-goals = Aún no hay metas.
progress-part-goals = Metas
progress-part-signs = Señales que observa
progress-hardest = Lo más difícil:
progress-strain = Lo que hizo las cosas más difíciles:
progress-skills = Habilidades:
progress-part-latest = La última semana
progress-summary-footer = Hecho con iop-check con el banco "{ $bank }" { $version }. Las preguntas de arriba salen de las respuestas; no son consejos.

## Lo que dicen los comandos semanales

progress-unreadable = aviso: no se pudo leer { $path }; puede estar dañado. Muévalo a otro lugar o bórrelo.
progress-kept = Se guardó como la revisión semanal { $id }. Vea las semanas con `iop-check progress history`.
progress-not-kept = No se guardó nada en esta computadora. Agregue --keep para guardar esta semana, así `iop-check progress history` la muestra.
progress-written = El resumen se escribió en { $path }.
progress-copy-saved = Se guardó una copia en { $path }.
progress-draft-not-saved = { $error }
    Puede seguir, pero si iop-check se detiene ahora, podría perder sus respuestas de esta semana.
progress-no-fhir-summary = el resumen para el equipo de salud no tiene forma FHIR; `iop-check progress history --format fhir` escribe cada semana como un QuestionnaireResponse de FHIR
progress-none-kept = aún no hay revisiones semanales guardadas. Use `iop-check progress` para hacer una, y guárdela al final
