## Los problemas de un archivo de respuestas, uno por línea (src/answers,
## src/fhir/import.rs, y src/files.rs para cualquier archivo que se lee).

## Una respuesta que no va con su pregunta (src/answers/mod.rs).
answers-no-option = la pregunta "{ $id }" no tiene la opción "{ $option }"; elija una de estas: { $allowed }
answers-wrong-kind = la pregunta "{ $id }" se contesta con { $kind ->
    [choice] una opción
    [scale] una opción de la escala
    [yes_no] sí o no
    [checklist] una o más opciones
    [number] un número
   *[text] un texto
}, así que { $given ->
    [nothing] nada
    [bool] verdadero o falso
    [number] un número
    [list] una serie de valores entre corchetes
    [mapping] un grupo de claves y valores
    [list-other] una serie entre corchetes con algo que no es un id de opción
   *[text] un texto
} no sirve; { $expect }
answers-goes-alone = en la pregunta "{ $id }", «{ $option }» no va con otras respuestas. Elíjala aparte, o elija las otras sin ella.
answers-number-range = la pregunta "{ $id }" pide un número de { $min } a { $max }, no { $n }
answers-whole-number = la pregunta "{ $id }" pide un número entero, no { $n }
answers-text-too-long = la respuesta a la pregunta "{ $id }" tiene { $count ->
    [one] 1 carácter
   *[other] { $count } caracteres
}; lo más que puede tener es { $max }

## El archivo de respuestas entero (src/answers/file.rs).
answers-twice = "{ $id }" tiene más de una respuesta; deje una y borre las demás
answers-odd-value = la respuesta a "{ $id }" { $why ->
    [not-finite] no es un número finito (.nan y .inf no son respuestas)
    [unreadable-number] es un número que no se puede leer
    [key-not-text] tiene una clave que no es texto
   *[tag] tiene una marca de YAML con !, y los archivos de respuestas no las usan
}
answers-none = no hay respuestas en él: todas las preguntas están vacías o no están. Escriba una respuesta después del id de una pregunta por lo menos (una respuesta vacía queda sin contestar, y `skip` dice que prefirió saltarla), y luego vuelva a intentarlo
answers-safety-unanswered = la pregunta "{ $id }" (la de seguridad) { $state ->
    [missing] no está
   *[empty] está vacía
}; aquí nadie la contesta por usted. Contéstela con una de estas: { $ids }, o escriba `{ $id }: skip` para dejarla sin contestar
answers-not-asked = la pregunta "{ $id }" se hace únicamente cuando { $condition }, y las otras respuestas no dicen eso; quítela o conteste skip
answers-unknown-question = "{ $id }" no es una pregunta del banco "{ $bank }" (`{ $command } template` las muestra todas)
answers-unknown-question-closest = "{ $id }" no es una pregunta del banco "{ $bank }"; ¿quiso decir "{ $closest }"? (`{ $command } template` las muestra todas)
answers-yaml-empty = el archivo está vacío (o nada más tiene notas con #); arriba debe tener los ids de las preguntas, cada uno con su respuesta
answers-yaml-too-deep = aquí el archivo tiene más de { $max } niveles, uno dentro de otro; ningún archivo de respuestas necesita tantos
answers-yaml-documents = el archivo tiene más de un documento YAML (una línea con --- los separa); deje uno nada más
answers-yaml-not-a-map = arriba, el archivo debe tener los ids de las preguntas, cada uno con su respuesta, uno por línea (id: respuesta)
answers-yaml-syntax = el archivo no sigue las reglas de YAML aquí (en inglés, el lector dice: { $detail })

## Leer un archivo (src/files.rs): un archivo de respuestas en el idioma
## del comando, un banco en inglés.
file-not-found = no existe ese archivo; revise el nombre y la carpeta
file-permission-denied = no tiene permiso para leer este archivo (revíselo con ls -l)
file-cannot-open = no se pudo abrir el archivo ({ $detail })
file-is-folder = es una carpeta, no un archivo; escriba el nombre de un archivo YAML
file-too-large = el archivo mide { $size }, más que el límite de { $max }; no se leyó
file-grew-too-large = el archivo mide más que el límite de { $max }; no se leyó
file-cannot-read = no se pudo leer el archivo ({ $detail })
file-not-utf8 = el archivo no es texto UTF-8 (byte { $byte }); guárdelo como UTF-8 y vuelva a intentarlo
file-binary = el archivo tiene datos binarios (un byte NUL), no texto YAML

## Un QuestionnaireResponse de FHIR leído como respuestas (src/fhir/import.rs).
fhir-import-bundle = es un Bundle de FHIR con varios recursos (como todas las semanas de `iop-check progress history --format fhir`); `--answers` lee un QuestionnaireResponse a la vez: guarde el "resource" de una de sus partes en un archivo aparte
fhir-import-not-response = es un { $kind } de FHIR, no un QuestionnaireResponse; `--answers` lee un QuestionnaireResponse (de `iop-check summary --format fhir`, `iop-check progress --format fhir` o de un programa para llenar formularios), o un archivo de respuestas en YAML o JSON
fhir-import-other-questionnaire = contesta el cuestionario { $questionnaire }, no el banco "{ $bank }" ({ $want }); use --bank con el banco con el que se hizo
fhir-import-no-questionnaire = no dice qué cuestionario contesta; agregue "questionnaire": "{ $want }|{ $version }"
fhir-import-item-not-list = "item" debe tener sus partes entre corchetes [ ]
fhir-import-no-link-id = una parte ("item") no tiene linkId
fhir-import-twice = la pregunta "{ $id }" tiene más de una respuesta; deje un "item" para ella y borre los demás
fhir-import-not-a-question = el "item" "{ $id }" tiene una respuesta, pero no es una pregunta del banco "{ $bank }"
fhir-import-other-system = la respuesta a "{ $id }" es un código de { $system }; sus opciones son códigos de { $want }
fhir-import-value-kind = la respuesta a "{ $id }" es de un tipo que iop-check no lee (lee valueCoding, valueBoolean, valueInteger, valueDecimal y valueString)
