# messages: es
# Lo que dicen los comandos: errores, pausas y cómo seguir, avisos.
# Se trata a la persona de usted, sin adjetivos que concuerden con su género.
# Cada id está también en el messages.ftl del otro idioma (src/i18n.rs lo comprueba).

plain-text = { $text }

## Cómo seguir una sesión que se detuvo (src/error.rs). El comando va
## después, en su propia línea.
resume-kept = Sus respuestas quedan guardadas como un registro. Puede verlo con `iop-check summary`, y verlos todos con `iop-check history`.
resume-pending = Las últimas respuestas, leídas justo antes de parar (menos de un segundo), aún no se guardaron. Para seguir desde las respuestas que sí se guardaron, escriba:
resume-behind = Sus últimas respuestas no se pudieron guardar (vea el mensaje de arriba), así que puede faltar alguna. Para seguir desde las respuestas que sí se guardaron, escriba:
resume-empty = Aún no había contestado ninguna pregunta, así que no se guardó nada. Vuelva a abrir iop-check cuando quiera.
resume-saved = Sus respuestas hasta ahora están guardadas. Para seguir donde lo dejó, escriba:
resume-no-save = No se guardó nada (--no-save).

stop-paused = En pausa. Tómese todo el tiempo que necesite. { $resume }
stop-after-safety = Las preguntas se detuvieron después de su respuesta sobre su seguridad, y eso está bien. { $resume }
stop-input-ended = error: la entrada terminó antes de la última pregunta. { $resume }
stop-interrupted = Se detuvo. { $resume }

## Errores (src/error.rs).
error-plain = error: { $words }
error-bank = error: { $count ->
    [one] hay 1 problema
   *[other] hay { $count } problemas
} en el banco de preguntas ({ $files }). { $count ->
    [one] Corríjalo
   *[other] Corríjalos
} y vuelva a revisar con `iop-check validate FILE`; el formato se explica en questions/README.md.
error-answers = error: { $count ->
    [one] hay 1 problema
   *[other] hay { $count } problemas
} en el archivo de respuestas { $file }. { $count ->
    [one] Corríjalo
   *[other] Corríjalos
} y vuelva a empezar; `{ $template }` le da un archivo de respuestas para llenar.
error-not-interactive = error: iop-check hace sus preguntas en una terminal, pero la entrada aquí no es una terminal (puede ser una tubería o un archivo). Para contestar una línea a la vez desde esta entrada, agregue --plain. Para contestar desde un archivo, sin preguntas en pantalla, use --answers FILE (`iop-check template > answers.yaml` le da uno para llenar).
error-io = error: no se pudo { $action } { $path }: { $cause }.{ $hint }
io-hint-not-found = Revise la ruta y vuelva a intentarlo.
io-hint-permission = Revise que usted pueda usar este archivo o carpeta (ls -l), o elija otro.
io-hint-full = El disco está lleno: libere algo de espacio y vuelva a intentarlo.
io-cause-not-found = no existe ese archivo o carpeta
io-cause-permission = no tiene permiso
io-cause-full = no queda espacio en el disco
io-cause-exists = ya existe
io-cause-read-only = el disco es solo de lectura
io-cause-folder = es una carpeta
io-cause-not-folder = una parte de la ruta no es una carpeta
io-cause-closed = la salida se cerró
error-locked = error: otro iop-check ya está abierto y usa sus respuestas guardadas en { $path }. Puede estar en otra ventana o pestaña. Termine o cierre ese primero y vuelva a intentarlo. (Usar dos a la vez podría mezclar sus respuestas.) Para probar algo sin tocar sus respuestas guardadas, agregue --no-save.
error-stdout-closed = error: no hay dónde escribir el resultado: la salida estándar está cerrada (como con `>&-`), así que se perdería. Envíelo a un archivo con --output FILE (o `> FILE`), o deje abierta la salida estándar.
error-internal = error: iop-check no pudo hacer { $what } ({ $detail }). Es una falla de iop-check, no algo que usted hizo; sus respuestas están guardadas. Por favor, avísenos, y mientras tanto pruebe otro --format.
internal-check-in = el registro
internal-comparison-as-json = la comparación en JSON
internal-document = el documento
internal-draft = el borrador
internal-programs-file = el archivo de programas
error-corrupt = error: no se pudo leer el archivo guardado { $path }: { $detail }. Puede que alguien lo haya cambiado o que esté dañado. Muévalo a otro lugar (o bórrelo) y vuelva a abrir iop-check.

## Lo que se hacía con un archivo ("no se pudo guardar el borrador …").
io-ask-in = preguntar en
io-create-data-folder = crear la carpeta de datos
io-delete-check-in = borrar el registro
io-delete-draft = borrar el borrador guardado
io-delete-weekly-draft = borrar el borrador semanal
io-delete-programs = borrar sus programas
io-delete = borrar
io-keep-check-in = guardar el registro en
io-keep-weekly = guardar la revisión semanal en
io-keep-programs = guardar sus programas en
io-lock = bloquear
io-make-private = hacer privada la carpeta de datos
io-open-lock = abrir el archivo de bloqueo
io-read-check-in = leer el registro
io-read-check-ins = leer la carpeta de registros
io-read-data-folder = leer la carpeta de datos
io-read-draft = leer el borrador guardado
io-read-weekly = leer la revisión semanal
io-read-weekly-folder = leer la carpeta de revisiones semanales
io-read-weekly-draft = leer el borrador semanal
io-read-programs = leer sus programas
io-read = leer
io-save-draft = guardar el borrador
io-save-weekly-draft = guardar el borrador semanal
io-use-check-ins = usar la carpeta de registros
io-use-lock = usar el archivo de bloqueo
io-use = usar
io-write-in = escribir en
io-write-to = escribir en
io-write = escribir

## Archivos guardados que no se leen (src/store/mod.rs).
saved-too-large = mide { $size }, más de los { $max } que puede medir un archivo guardado, así que no se leyó
saved-not-a-file = es { $what ->
    [fifo] una tubería con nombre (FIFO)
    [folder] una carpeta
    [socket] un socket
   *[device] un dispositivo
}, no un archivo común, así que iop-check no lo leyó. iop-check solo escribe archivos comunes en su carpeta de datos; mueva este a otro lugar (o bórrelo) y vuelva a abrir iop-check
saved-not-yours = es de otra persona usuaria (número { $uid }), no de usted, y otras personas pueden escribir en su carpeta, así que puede no ser suyo; iop-check no lo leyó. Elija con --data-dir DIR una carpeta de datos donde solo usted pueda escribir, o pregunte quién lo puso ahí
no-home-folder = no se encontró su carpeta personal para guardar sus respuestas. Elija una carpeta con --data-dir DIR, o use --no-save para no guardar nada
saved-would-be-too-large = mediría { $size }, más de los { $max } que iop-check puede leer, así que no se escribió y no se borró nada. Acorte algunas respuestas largas y vuelva a intentarlo

## Una sesión de preguntas (src/commands/run.rs).
summary-lang-needs-builtin = --summary-lang { $lang } solo funciona con el banco de preguntas que viene incluido, que tiene traducción. Quite --bank, o quite --summary-lang para tener un resumen en el idioma del banco
draft-other-bank = su borrador guardado es de otro banco de preguntas ("{ $bank }"). Use el --bank que usó esa vez, o empiece de nuevo con --fresh (esto borra el borrador)
draft-set-aside = Las preguntas cambiaron desde que guardó. { $count ->
    [one] 1 de sus respuestas anteriores ya no encaja y se dejó aparte.
   *[other] { $count } de sus respuestas anteriores ya no encajan y se dejaron aparte.
}
draft-none-to-resume = No hay respuestas guardadas para seguir, así que empezaremos desde el principio.
summary-written = El resumen se escribió en { $path }.
kept-as = Se guardó como el registro { $id }. Puede verlos todos con `iop-check history`.
nothing-kept-add-keep = No se guardó nada en esta computadora. Agregue --keep para guardar este registro, así `iop-check history` podrá compararlo la próxima vez.
copy-saved = Se guardó una copia en { $path }.

## Registros guardados (src/commands/checkins.rs, src/store/checkins.rs).
bank-not-loaded = no se pudo cargar el banco de preguntas
no-draft-in = no hay ningún borrador guardado en { $path }. Empiece uno con `iop-check`
summary-lang-no-translation = --summary-lang { $lang } funciona con el banco de preguntas incluido "{ $builtin }" en inglés, que tiene traducción; estas respuestas son de "{ $bank }" ({ $language ->
    [none] sin idioma indicado
   *[other] { $language }
}). Quite --summary-lang para tener un resumen en el idioma del banco
check-in-other-bank = este registro se hizo con el banco de preguntas "{ $made }", no con "{ $bank }". Agregue --bank con el archivo de ese banco
check-in-unreadable = aviso: no se pudo leer { $path }; puede estar dañado. Muévalo a otro lugar o bórrelo.
no-check-ins-in = aún no hay registros guardados en { $path }. Abra iop-check para hacer uno
no-check-in = no hay ningún registro "{ $id }". `iop-check history` muestra los que tiene
forget-nothing = No hay nada que borrar: no hay registros guardados, ni borrador, ni programas.
forget-one = el registro { $id }
forget-kept = { $count ->
    [one] 1 registro guardado
   *[other] { $count } registros guardados
}
forget-draft = su borrador guardado
forget-programs = los programas que agregó
forget-weekly = { $count ->
    [one] 1 archivo de revisión semanal
   *[other] { $count } archivos de revisiones semanales
}
forget-leftovers = { $count ->
    [one] 1 archivo que quedó de algo que no se terminó de guardar
   *[other] { $count } archivos que quedaron de cosas que no se terminaron de guardar
}
forget-confirm = ¿Borrar { $what }? No se puede deshacer.
forget-none-deleted = No se borró nada.
forget-done = Se borró { $what }.

## En otras partes.
stderr-redirected = iop-check muestra sus preguntas en la salida de errores de la terminal (stderr), y aquí está redirigida. Ábralo sin redirigir stderr (los resultados van a stdout, así que `iop-check > summary.txt` funciona), o agregue --plain
fhir-needs-bank = Para la salida FHIR hace falta el banco de preguntas de donde vienen las respuestas; aquí no está disponible

## El archivo de respuestas para llenar (src/commands/template.rs, src/answers).
template-head = Archivo de respuestas para el banco de preguntas "{ $id }" { $version } ({ $title }).
template-fill = Todas las respuestas de abajo están vacías. Llene las que quiera contestar y luego escriba:
template-rules = Una respuesta vacía queda sin contestar: nadie contesta por usted. Escriba `skip` para decir que prefirió saltar una pregunta. Las preguntas de seguridad se deben contestar (o saltar con `skip`). Las líneas que empiezan con # son notas.
template-how-list = conteste con uno o más de estos ids entre corchetes, como [a, b]
template-how-one = conteste con uno de estos ids
template-asked-when = Solo se pregunta cuando { $condition }.
expect-one-of = conteste con uno de: { $ids }
expect-list-of = conteste con uno o más de estos, entre corchetes: { $ids }
expect-number-from = conteste con un número { $whole ->
    [yes] entero
   *[no] {""}
} de { $min } a { $max }
expect-number = conteste con un número
expect-text = conteste con un texto de hasta { $max } caracteres
condition-is = la respuesta a "{ $question }" es { $labels }
condition-or = {" "}o{" "}
condition-and = {" "}y{" "}
kind-choice = una opción
kind-scale = escala
kind-yes-no = sí o no
kind-checklist = varias opciones
kind-number = número
kind-text = texto
draft-save-failed-keep-going = Puede seguir, y al final igual verá su resumen, pero si iop-check se detiene ahora, puede perder sus respuestas.
io-place-stdin = la entrada estándar
io-place-stdout = la salida estándar
io-place-terminal = la terminal
io-place-man = la página del manual
internal-fhir-response = la respuesta FHIR
internal-json-summary = el resumen en JSON
internal-weekly-check-in = la revisión semanal
internal-weekly-draft = el borrador semanal
io-create-check-ins = crear la carpeta de registros
io-make-private-check-ins = hacer privada la carpeta de registros
io-create-weekly-folder = crear la carpeta de revisiones semanales
io-make-private-weekly-folder = hacer privada la carpeta de revisiones semanales
template-this-file = ESTE-ARCHIVO

## Opciones que no van juntas (src/cli.rs); los errores de clap siguen en inglés.
usage-run-options = las opciones para contestar las preguntas (como --quick, --bank o --resume) van con `iop-check` solo o después de `iop-check run`, no antes de `{ $command }`. Póngalas después del nombre del comando si las acepta (vea `iop-check { $command } --help`)
usage-plain-answers = --plain hace las preguntas una por línea, y --answers lee las respuestas de un archivo: use una de las dos
usage-resume-no-save = --resume sigue un borrador guardado, y --no-save no guarda nada: use una de las dos
usage-keep-no-save = --keep guarda el registro, y --no-save no guarda nada: use una de las dos
usage-keep-weekly-no-save = --keep guarda la revisión semanal, y --no-save no guarda nada: use una de las dos
