## The problems found in an answers file, a line each (src/answers,
## src/fhir/import.rs, and src/files.rs for any file read).

## An answer that does not fit its question (src/answers/mod.rs).
answers-no-option = question "{ $id }" has no option "{ $option }"; choose one of: { $allowed }
answers-wrong-kind = question "{ $id }" is a { $kind } question, so { $given ->
    [nothing] nothing
    [bool] true or false
    [number] a number
    [list] a list
    [mapping] a mapping
    [list-other] a list holding something other than option ids
   *[text] text
} does not fit; { $expect }
answers-goes-alone = question "{ $id }": "{ $option }" goes alone. Choose it by itself, or choose the others without it.
answers-number-range = question "{ $id }" takes a number from { $min } to { $max }, not { $n }
answers-whole-number = question "{ $id }" takes a whole number, not { $n }
answers-text-too-long = the answer to question "{ $id }" is { $count } characters long; the most is { $max }

## The answers file as a whole (src/answers/file.rs).
answers-twice = "{ $id }" is answered more than once; keep one answer for it
answers-odd-value = the answer to "{ $id }" { $why ->
    [not-finite] is not a finite number (.nan and .inf are not answers)
    [unreadable-number] is a number that cannot be read
    [key-not-text] has a key that is not text
   *[tag] has a YAML !tag, which answers files do not use
}
answers-none = there are no answers in it: every question is empty or left out. Write an answer after at least one question id (an answer left empty is not answered, and `skip` says you chose to skip it), then run again
answers-safety-unanswered = question "{ $id }" (the safety check) { $state ->
    [missing] is missing
   *[empty] is left empty
}; nothing is filled in for you here. Answer it with one of: { $ids }, or write `{ $id }: skip` to leave it unanswered
answers-not-asked = question "{ $id }" is asked only when { $condition }, which the other answers do not say; leave it out or answer skip
answers-unknown-question = "{ $id }" is not a question in bank "{ $bank }" (`{ $command } template` lists them all)
answers-unknown-question-closest = "{ $id }" is not a question in bank "{ $bank }"; did you mean "{ $closest }"? (`{ $command } template` lists them all)
answers-yaml-empty = the file is empty (or holds only comments); it needs a mapping of keys at the top
answers-yaml-too-deep = the file is nested more than { $max } levels deep here; no bank or answers file needs that
answers-yaml-documents = the file holds more than one YAML document (a line with ---); keep just one
answers-yaml-not-a-map = { $detail }
answers-yaml-syntax = { $detail }

## Reading a file (src/files.rs): an answers file in the command's
## language, a bank in English.
file-not-found = no such file; check the name and the folder
file-permission-denied = permission denied; you may not read this file (check it with ls -l)
file-cannot-open = could not open the file: { $detail }
file-is-folder = this is a folder, not a file; name a YAML file instead
file-too-large = the file is { $size }, larger than the limit of { $max }; it was not read
file-grew-too-large = the file is larger than the limit of { $max }; it was not read
file-cannot-read = could not read the file: { $detail }
file-not-utf8 = the file is not UTF-8 text (byte { $byte }); save it as UTF-8 and try again
file-binary = the file holds binary data (a NUL byte), not YAML text

## A FHIR QuestionnaireResponse read as answers (src/fhir/import.rs).
fhir-import-bundle = it is a FHIR Bundle of several resources (like every week from `iop-check progress history --format fhir`); `--answers` takes one QuestionnaireResponse: save the "resource" of one entry in a file of its own
fhir-import-not-response = it is a FHIR { $kind }, not a QuestionnaireResponse; `--answers` takes a QuestionnaireResponse (from `iop-check summary --format fhir`, `iop-check progress --format fhir` or a form filler), or a YAML or JSON answers file
fhir-import-other-questionnaire = it answers the questionnaire { $questionnaire }, not bank "{ $bank }" ({ $want }); use --bank with the bank it was made from
fhir-import-no-questionnaire = it does not say which questionnaire it answers; add "questionnaire": "{ $want }|{ $version }"
fhir-import-item-not-list = "item" is not a list
fhir-import-no-link-id = an item has no linkId
fhir-import-twice = question "{ $id }" is answered more than once; keep one item for it
fhir-import-not-a-question = item "{ $id }" has an answer, but it is not a question in bank "{ $bank }"
fhir-import-other-system = the answer to "{ $id }" is a code of { $system }; its options are codes of { $want }
fhir-import-value-kind = the answer to "{ $id }" is of a kind iop-check does not read (it reads valueCoding, valueBoolean, valueInteger, valueDecimal and valueString)
