# screens: es
# Every id here is in the other language's screens.ftl too (src/i18n.rs tests it).
# Las palabras de las pantallas de preguntas (terminal y --plain). Se trata
# a la persona de usted, sin adjetivos que concuerden con su género. Los
# nombres de teclas (Enter, Esc) y los comandos (--quick, --no-save) se
# escriben como se teclean.

## En los dos modos

progress-line = { $section } · { $in_section } de { $section_total } · pregunta { $number } de { $total }
welcome-quick = { $minutes ->
    [one] Este camino corto toma 1 minuto.
   *[other] Este camino corto toma unos { $minutes } minutos.
} Puede contestar el resto en otro momento.
welcome-core = Esto toma unos { $minutes } minutos. Si tiene cansancio, `{ $command } --quick` le hace solamente las preguntas principales, en unos { $quick } minutos.
welcome-time = { $minutes ->
    [one] Esto toma 1 minuto.
   *[other] Esto toma unos { $minutes } minutos.
}
welcome-skip = Puede saltar cualquier pregunta, volver atrás, o parar y seguir más tarde. No hay respuestas buenas ni malas.
welcome-help = Si necesita ayuda ahora mismo: { $name } ({ $reach }).
welcome-reviewed = Estas preguntas se revisaron por última vez el { $date }.
kept-note-saving = (sus respuestas se guardan)
kept-note-not-saving = (no se guarda nada: usted eligió --no-save)
question-help-none = No hay más ayuda para esta pregunta. Conteste lo mejor que pueda, o sáltela: saltar una pregunta nunca cuenta en su contra.
sources-line = Fuente: { $sources }
help-struggling = Si lo está pasando mal ahora, hay ayuda:
answer-line = { $question } → { $answer }
answer-skipped-mark = (la saltó)
answer-nothing-chosen = (no eligió nada)
answer-goes-alone = «{ $option }» no va con otras respuestas. Elíjala aparte, o elija las otras sin ella.
saved-when = el { $day } de { $month } a las { $time }
saved-when-unknown = en una sesión anterior
confirm-needs-terminal = para borrar hace falta confirmarlo, pero la entrada no es una terminal. Agregue --yes para borrar sin que se le pregunte
confirm-yes-no = [s/N]
confirm-bad-answer = Escriba s para sí o n para no.

## Palabras de crisis


## Pantallas de la terminal

choice-skip = Saltar esta pregunta
choice-back = Volver a la pregunta anterior
choice-help = Ayuda, y recursos en caso de crisis
keys-choice = ↑/↓ mover · Enter elegir · Esc volver
keys-unchosen = Aún no hay nada elegido: ↓ marca una respuesta · Enter elegir · Esc volver
hint-unchosen = Aún no hay nada elegido. Pulse ↓ para marcar una respuesta.
keys-checklist = ↑/↓ mover · Espacio marcar o desmarcar · Enter terminar · Esc volver
keys-typed = Enter con la línea vacía salta la pregunta · escriba < para volver · escriba ? para ver la ayuda
number-range = Un número del { $min } al { $max }.
number-range-unit = Un número del { $min } al { $max } ({ $unit }).
section-why = Por qué importa: { $why }
checklist-nothing = Aún no hay nada marcado. Pulse Espacio en cada respuesta que aplique, y luego Enter.
checklist-go-back = Volver y marcar respuestas
notice-ok = Entendido
typed-prompt = Su respuesta
typed-number = Escriba un número del { $min } al { $max }
typed-whole-number = Escriba un número entero del { $min } al { $max }
typed-not-number = Escriba un número, como 6
typed-too-long = Use menos de { $max } caracteres
welcome-start = Empezar con una breve revisión de seguridad
opening-progress = { $title } · { $number } de { $total }
opening-next = Siguiente
opening-skip = Pasar a las preguntas
opening-start = Empezar las preguntas
crisis-go-on = Seguir con las preguntas
crisis-more-help = Ver más formas de pedir ayuda
crisis-stop-now = Parar aquí y pedir ayuda ahora { $note }
crisis-stop = Parar aquí por ahora { $note }
more-help-back = Volver
help-back = Volver a la pregunta
help-read-on = Seguir leyendo (página { $page } de { $pages })
help-start-again = Volver al inicio de la ayuda (página 1 de { $pages })
review-finish = Terminar y ver mi resumen
review-change = Cambiar una respuesta
review-pause = Hacer una pausa { $note }
review-heading = Revise sus respuestas
review-heading-page = Revise sus respuestas (página { $page } de { $pages })
review-more = Ver más respuestas (página { $page } de { $pages })
review-first-again = Ver otra vez las primeras respuestas (página 1 de { $pages })
review-which = ¿Qué respuesta quiere cambiar? (↑/↓ mover · Enter la elige · Esc vuelve)
review-change-item = { $section }: { $question } → { $answer }
resume-welcome-back = Hola de nuevo. { $count ->
    [one] Tiene 1 respuesta guardada { $when }.
   *[other] Tiene { $count } respuestas guardadas { $when }.
}
resume-pick-up = Seguir donde lo dejé
resume-start-over = Empezar de nuevo (se borran las respuestas guardadas)
name-almost-done = Ya casi termina.
name-explain = Puede poner su nombre o sus iniciales en el resumen. No es obligatorio: pulse Enter para dejarlo en blanco.
name-prompt = Nombre o iniciales
keep-question = ¿Guardar este registro en esta computadora? Así, la próxima vez podrá ver qué cambió. Es privado: nadie más que usted puede leerlo.
keep-yes = Sí, guardarlo
keep-no = No, no guardarlo
copy-question = ¿Guardar una copia del resumen para imprimir o compartir?
copy-no = No, gracias
copy-html = Sí, como página web para imprimir (HTML)
copy-markdown = Sí, como documento de texto (Markdown)
copy-file-name = Nombre del archivo

## Líneas simples (--plain)

plain-unreadable = Esa línea no se pudo leer como texto. Escríbala otra vez.
plain-too-long = Esa línea era muy larga (más de { $kib } KiB), así que se dejó de lado. Escriba una respuesta más corta.
plain-endless = una línea siguió por más de { $mib } MiB sin terminar, así que iop-check dejó de leer (la entrada puede ser un archivo binario o un dispositivo como /dev/zero, no líneas de respuestas).{ $kept } Dé una respuesta por línea
plain-endless-kept = {" "}Sus respuestas hasta ahora quedan guardadas en su borrador.
plain-part = Parte: { $title }. Por qué importa: { $why }
plain-number-range = (un número del { $min } al { $max })
plain-number-range-unit = (un número del { $min } al { $max }, en { $unit })
plain-current = Su respuesta ahora: { $answer }. Pulse Enter para dejarla igual.
plain-how-checklist = Escriba los números de todas las que apliquen, como 1 3.
plain-how-number = Escriba un número. Una línea vacía salta la pregunta.
plain-how-text = Escriba su respuesta en una línea. Una línea vacía salta la pregunta. Para contestar solamente s, v, p o ?, escriba \ antes.
plain-how-choice = Escriba un número.
plain-keys = { $how } s = saltar, v = volver, ? = ayuda, p = pausa.
plain-help-heading = Ayuda:
plain-help-back = Ahora, de vuelta a la pregunta:
plain-checklist-empty = Aún no hay nada elegido. Escriba los números de todas las que apliquen, como 1 3, o s para saltar.
plain-choice-empty = Escriba un número, o s para saltar.
plain-first-question = Esta es la primera pregunta, así que no hay a dónde volver.
plain-checklist-bad = Escriba números del 1 al { $count }, como 1 3, o s para saltar.
plain-number-bad = Escriba un número del { $min } al { $max }.
plain-whole-number-bad = Escriba un número entero del { $min } al { $max }.
plain-not-number = Escriba un número, como 6, o pulse Enter para saltar.
plain-text-empty = Escriba su respuesta, o s para saltar.
plain-text-long = Su respuesta tiene más de { $max } caracteres. Acórtela, por favor.
plain-one-number = Escriba un único número del 1 al { $count }.
plain-crisis-now = Pulse Enter para parar aquí y pedir ayuda ahora { $note }, o escriba c para seguir con las preguntas.
plain-crisis-calm = Pulse Enter para seguir con las preguntas, o escriba p para parar por ahora { $note }.
plain-review-heading = Revise sus respuestas:
plain-review-item = { $number }. { $question } - { $answer }
plain-review-ask = Escriba un número para cambiar esa respuesta, o pulse Enter para terminar. p = pausa.
plain-resume-have = { $count ->
    [one] Tiene 1 respuesta guardada { $when }.
   *[other] Tiene { $count } respuestas guardadas { $when }.
}
plain-resume-ask = Escriba r para retomar donde lo dejó, o n para empezar de nuevo (se borran las respuestas guardadas).
plain-name = Su nombre o sus iniciales, para ponerlos en el resumen (no es obligatorio: pulse Enter para dejarlo en blanco).
plain-keep = ¿Guardar este registro en esta computadora, para comparar la próxima vez? Escriba s o n (Enter es sí).
plain-copy = ¿Guardar una copia para imprimir o compartir? Escriba html o md, o pulse Enter para no guardarla.
plain-file-name = Nombre del archivo (Enter para { $name }):
plain-welcome-keys = En cada pregunta: s = saltar, v = volver, ? = ayuda y recursos en caso de crisis, p = pausa { $note }.
plain-welcome-safety = Primero, una breve revisión de seguridad.
