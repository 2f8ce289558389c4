# programs: es
# Every id here is in the other language's programs.ftl too (src/i18n.rs tests it).
# Los comandos de la hoja de programas, la comparación y el cálculo de costos.
# De usted, sin adjetivos que concuerden con el género de la persona. Los
# términos son los del glosario de questions/programs.es.yaml (copago,
# coseguro, deducible, autorización previa, máximo de gastos de bolsillo).

## La nota y el documento de la comparación

programs-note = Estos son los datos que usted anotó, y cálculos aproximados hechos con ellos. No califican ni recomiendan ningún programa: la decisión es suya, con su equipo de atención. Confirme cada costo con el programa y con su seguro antes de decidir.
programs-title = Comparación de programas
programs-estimate = Cada costo y cada hora de aquí es un cálculo aproximado.
# La palabra de programs-estimate que se destaca (en negrita); debe estar en ella.
programs-estimate-word = aproximado
programs-star = ★ marca algo que, según usted, le importa mucho.
programs-insurer-title = Qué preguntar a su seguro (un guion que puede leer)
programs-opening = { $count ->
    [one] Se compara { $count } programa.
   *[other] Se comparan { $count } programas.
} { $estimate }
programs-opening-side-by-side = { $count ->
    [one] Se compara { $count } programa lado a lado.
   *[other] Se comparan { $count } programas lado a lado.
} { $estimate }
programs-part-heading = Programa { $number } de { $count }: { $name }
programs-list-ask-program = Lo que falta averiguar de { $name }
programs-list-ask-insurer = Qué preguntar a su seguro sobre { $name }
programs-list-clashes = Con qué podría chocar el horario de { $name }
programs-mark-fits = coincide con lo que usted dijo
programs-mark-differs = no coincide con lo que usted dijo
programs-marks-legend = Marcas: ✓ coincide con lo que usted dijo · ! no coincide con lo que usted dijo · ★ le importa mucho
programs-matters-to-you = { $label } (le importa: { $reason })
programs-no-preferences = Todavía no tiene un registro guardado, así que nada se marca según sus prioridades. Use `iop-check` para contestar las preguntas principales, y luego vuelva a comparar.
programs-pref-format-in-person = formato: en persona
programs-pref-format-online = formato: en línea
programs-pref-format-either = formato: cualquiera
programs-pref-hours = horas que podría dejar libres: { $hours }
programs-pref-reasons = razones que le importan mucho: { $count }
programs-pref-none = Según { $source }, usted dejó abiertos el formato, las horas y lo que le importa, así que nada se marca.
programs-pref-marked = Marcado según lo que usted dijo en { $source } ({ $parts }).
programs-source-checkin = su registro { $id }
programs-source-draft = su borrador guardado
programs-source-this-run = este registro

## Las filas de la comparación

programs-row-contact = Contacto
programs-row-format = En persona o en línea
programs-row-schedule = Días y horario
programs-row-weekly-hours = Horas por semana, con el viaje (aproximado)
programs-row-weeks = Semanas
programs-row-methods = Formas de ayuda
programs-row-group-size = Tamaño del grupo
programs-row-one-on-one = Tiempo individual
programs-row-psychiatry = Tiempo con psiquiatría
programs-row-with-therapist = Con su terapeuta
programs-row-crisis-help = Ayuda fuera de horario
programs-row-measures-progress = Revisa su progreso
programs-row-shares-outcomes = Comparte sus resultados
programs-row-licensed = Con licencia
programs-row-accredited = Acreditado
programs-row-in-network = En la red de su plan
programs-row-prior-auth = Necesita autorización previa
programs-row-waitlist = Espera para empezar
programs-row-aftercare = Plan para después
programs-row-program-cost = Costo del programa para usted (aproximado)
programs-row-travel-cost = Costo del viaje (aproximado)
programs-row-pay-lost = Pago que dejaría de recibir (aproximado)
programs-row-total-cost = Costo total para usted (aproximado)

## Las celdas

programs-dont-know = todavía no se sabe
programs-format-in-person = En persona
programs-format-online = En línea
programs-format-both = En persona o en línea
programs-day-mon = lunes
programs-day-tue = martes
programs-day-wed = miércoles
programs-day-thu = jueves
programs-day-fri = viernes
programs-day-sat = sábado
programs-day-sun = domingo
programs-times-mornings = por la mañana
programs-times-afternoons = por la tarde
programs-times-evenings = por la noche
programs-times-vary = el horario cambia
programs-schedule = { $days }; { $times }
programs-schedule-no-times = { $days }; todavía no se sabe la hora
programs-schedule-no-days = Todavía no se saben los días; { $times }
programs-weeks = { $count ->
    [one] { $number } semana
   *[other] { $number } semanas
}
programs-hours = { $count ->
    [one] { $number } hora
   *[other] { $number } horas
}
programs-needs-one = no se sabe: falta saber { $first }
programs-needs-two = no se sabe: falta saber { $first } y { $second }
programs-needs-more = no se sabe: faltan { $count } respuestas más
programs-cost-capped = { $cost } (llega a su máximo del año)
programs-cost-up-to = hasta { $cost }
programs-cost-at-least-rest = al menos { $cost }; el resto no se sabe

## Lo que le falta al cálculo

programs-missing-days-per-week = qué días se reúne
programs-missing-weeks = cuántas semanas dura
programs-missing-hours-per-week = sus horas por semana
programs-missing-pay-kind = cómo pagaría (copago, coseguro o pago por su cuenta)
programs-missing-copay = su copago por día
programs-missing-coinsurance = su porcentaje de coseguro
programs-missing-price-per-day = el precio por día
programs-missing-deductible-left = cuánto le queda de su deducible
programs-missing-travel-minutes = el tiempo de viaje
programs-missing-travel-cost = el costo de un viaje de ida y vuelta
programs-missing-work-hours = las horas de trabajo que perdería
programs-missing-hourly-pay = su pago por hora
programs-missing-hours-free = las horas por semana que podría dejar libres

## Una línea por programa (el resumen y `programs list`)

programs-line-format-unknown = todavía no se sabe el formato
programs-about-hours-week = cerca de { $hours } por semana con el viaje
programs-line-hours-fits = cerca de { $hours } por semana con el viaje, dentro de las horas que podría dejar libres
programs-line-hours-over = cerca de { $hours } por semana con el viaje, más de las horas que podría dejar libres
programs-line-hours-unknown = todavía no se saben las horas
programs-line-cost = cerca de { $cost } para usted en total (un cálculo aproximado)
programs-line-cost-at-least = al menos { $cost } para usted (un cálculo aproximado; todavía no se saben algunos costos)
programs-line-cost-unknown = todavía no se sabe el costo
programs-questions-left = { $count ->
    [one] queda { $count } pregunta por hacer
   *[other] quedan { $count } preguntas por hacer
}
programs-nothing-left = no queda nada por preguntar
programs-about-in-all = cerca de { $cost } en total
programs-unnamed = Programa { $number }

## Qué preguntar a su seguro, con la voz de la persona

programs-script-hello = Hola. Estoy viendo un programa intensivo ambulatorio (IOP) y quiero entender mis costos.
programs-script-network = ¿Este programa está en la red de mi plan para la atención intensiva ambulatoria? (Dé el nombre y la dirección del programa).
programs-script-prior-auth = ¿Necesito una autorización previa, o una remisión, antes de empezar?
programs-script-pay = ¿Qué pago por cada día: un copago, o una parte del precio (coseguro)?
programs-script-deductible = ¿Cuánto me queda de mi deducible este año, y se aplica al IOP?
programs-script-oop-max = ¿Cuánto me falta para llegar a mi máximo de gastos de bolsillo este año?
programs-script-limit = ¿Hay un límite de días o de semanas que cubre el plan?
programs-script-writing = ¿Me puede enviar esto por escrito, o darme un número de referencia de esta llamada?

## Preguntas por hacer, una por cada "todavía no lo sé"

programs-ask-contact = ¿Con quién puedo hablar allí, y cómo me comunico?
programs-ask-format = ¿Se reúnen en persona, en línea, o de las dos formas?
programs-ask-days = ¿Qué días se reúnen?
programs-ask-times = ¿A qué hora del día se reúnen?
programs-ask-hours-week = ¿Cuántas horas por semana dura el programa?
programs-ask-weeks = ¿Cuántas semanas suele durar el programa?
programs-ask-methods = ¿Qué tipos de terapia usan, como CBT o DBT?
programs-ask-group-size = ¿Más o menos cuántas personas hay en un grupo?
programs-ask-one-on-one = ¿Cuánto tiempo de terapia individual tendría?
programs-ask-psychiatry = ¿Podría ver a alguien de psiquiatría o que recete medicinas, y cada cuánto?
programs-ask-with-therapist = ¿Cómo trabajarían con mi terapeuta actual?
programs-ask-crisis-help = ¿Cómo les pido ayuda fuera de horario o los fines de semana?
programs-ask-measures-progress = ¿Cómo revisan cómo me va durante el programa?
programs-ask-shares-outcomes = ¿Cómo les va a sus clientes en general? ¿Comparten sus resultados?
programs-ask-licensed = ¿Tienen licencia del estado?
programs-ask-accredited = ¿Tienen acreditación, por ejemplo de The Joint Commission o de CARF?
programs-ask-waitlist = ¿Cuánto tendría que esperar para empezar?
programs-ask-aftercare = ¿Qué ayuda dan para planear lo que viene después del programa?
programs-ask-price-per-day = ¿Cuál es su precio por un día, antes del seguro?
programs-ask-in-network = ¿Este programa está en la red de mi plan?
programs-ask-prior-auth = ¿Necesito autorización previa antes de empezar?
programs-ask-pay-kind = Por cada día, ¿pago un copago o un coseguro?
programs-ask-copay = ¿Cuál es mi copago por un día de IOP?
programs-ask-coinsurance = ¿Qué parte del precio es mi coseguro para el IOP?
programs-ask-deductible-left = ¿Cuánto me queda de mi deducible este año?
programs-ask-oop-max-left = ¿Cuánto me falta para llegar a mi máximo de gastos de bolsillo?

## Con qué podría chocar el horario

programs-clash-work = Su horario de trabajo: se reúne de día, entre semana.
programs-clash-study = Sus clases: se reúne de día, entre semana.
programs-clash-caregiving = Cuidar a alguien: quizás necesite quien le cubra mientras está en las sesiones.
programs-clash-transport = Ir y volver: solo se reúne en persona.
programs-clash-other-health = Sus otras citas: revise que no caigan en sus días.

## Los comandos

programs-finish-keep = Terminar y guardar este programa
programs-finish-see = Terminar y ver este programa
programs-too-many = usted tiene { $count } programas guardados, y iop-check guarda hasta { $max }, para que su archivo de programas se pueda leer siempre. No se cambió nada. Quite uno que ya no necesite con `iop-check programs remove N` (`iop-check programs list` muestra los números), y luego agregue este
programs-not-kept = No se guardó nada en esta computadora (--no-save).
programs-added = Se agregó "{ $name }" como el programa { $number }.
programs-saved = Se guardó "{ $name }" como el programa { $number }.
programs-open-none = No le quedan preguntas por hacer sobre este programa.
programs-open-count = { $count ->
    [one] Queda { $count } pregunta por hacer sobre este programa.
   *[other] Quedan { $count } preguntas por hacer sobre este programa.
}
programs-see-compare = Véalo junto a sus otros programas con `iop-check programs compare`.
programs-paused-first = Hizo una pausa antes de la primera respuesta, así que no se agregó ningún programa. Use `iop-check programs add` cuando quiera seguir.
programs-ended-first = la entrada terminó antes de la primera respuesta, así que no se agregó ningún programa. Con --plain, escriba una respuesta por línea; o conteste desde un archivo con --answers ARCHIVO (`iop-check programs template` muestra uno para llenar)
programs-keep-failed = Puede seguir, pero si iop-check se detiene ahora, podría perder sus respuestas sobre este programa.
programs-none-yet = Todavía no ha agregado ningún programa. Agregue uno con `iop-check programs add`.
programs-list-heading = Sus programas (los costos y las horas son aproximados):
programs-list-footer = Compárelos con `iop-check programs compare`; cambie uno con `iop-check programs edit NÚMERO`.
programs-none-to-compare = todavía no ha agregado ningún programa, así que no hay nada que comparar. Agregue uno con `iop-check programs add`
programs-choose-which = usted tiene { $count } programas, y caben hasta { $max } lado a lado. Elija cuáles comparar por número o por nombre, como `iop-check programs compare 1 3` (`iop-check programs list` muestra los números)
programs-named-too-many = caben hasta { $max } programas lado a lado, y usted nombró { $count }. Elija { $max } o menos
programs-written = La comparación se guardó en { $path }.
programs-delete-confirm = ¿Borrar "{ $name }" y todo lo que escribió sobre este programa? No se puede deshacer.
programs-nothing-deleted = No se borró nada.
programs-deleted = Se borró "{ $name }".
programs-find-none = todavía no ha agregado ningún programa. Agregue uno con `iop-check programs add`
programs-find-no-such = no hay ningún programa llamado "{ $name }". `iop-check programs list` muestra sus programas y sus números; puede usar cualquiera de los dos
