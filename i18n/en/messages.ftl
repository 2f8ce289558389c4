# messages: en
# What commands say: errors, stops and their resume hints, notices.
# Every id here is in the other language's messages.ftl too (src/i18n.rs tests it).

plain-text = { $text }

## How a stopped run is picked up again (src/error.rs). The command to run
## follows on its own line.
resume-kept = Your answers are kept as a check-in; see it with `iop-check summary`, and all of them with `iop-check history`.
resume-pending = The last answers read just before the stop (less than a second's worth) were not saved yet. To pick up from the answers that were saved, run:
resume-behind = Your latest answers could not be saved (see the message above), so some may be lost. To pick up from the answers that were saved, run:
resume-empty = You had not answered any questions yet, so nothing was saved. Run iop-check again whenever you are ready.
resume-saved = Your answers so far are saved. To pick up where you left off, run:
resume-no-save = Nothing was saved (--no-save).

stop-paused = Paused. Take all the time you need. { $resume }
stop-after-safety = The questions stopped after your answer to the safety check, and that is OK. { $resume }
stop-input-ended = error: the input ended before the last question. { $resume }
stop-interrupted = Stopped. { $resume }

## Errors (src/error.rs).
error-plain = error: { $words }
error-bank = error: { $count } { $count ->
    [one] problem
   *[other] problems
} in the question bank ({ $files }). Fix { $count ->
    [one] it
   *[other] them
} and check again with `iop-check validate FILE`; the format is described in questions/README.md.
error-answers = error: { $count } { $count ->
    [one] problem
   *[other] problems
} in the answers file { $file }. Fix { $count ->
    [one] it
   *[other] them
} and run again; `{ $template }` prints an answers file to fill in.
error-not-interactive = error: iop-check asks its questions in a terminal, but the input here is not a terminal (it may be a pipe or a file). To answer one line at a time from this input, add --plain. To answer from a file without any prompts, use --answers FILE (`iop-check template > answers.yaml` gives you one to fill in).
error-io = error: could not { $action } { $path }: { $cause }.{ $hint }
io-hint-not-found = Check the path and try again.
io-hint-permission = Check that you may use this file or folder (ls -l), or choose another one.
io-hint-full = The disk is full: free some space and try again.
io-cause-not-found = { $os }
io-cause-permission = { $os }
io-cause-full = { $os }
io-cause-exists = { $os }
io-cause-read-only = { $os }
io-cause-folder = { $os }
io-cause-not-folder = { $os }
io-cause-closed = { $os }
error-locked = error: another iop-check is already open and using your saved answers in { $path }. It may be in another window or tab. Finish or close that one first, then try again. (Running two at once could mix up your answers.) To try something without touching your saved answers, add --no-save.
error-stdout-closed = error: there is nowhere to write the result: standard output is closed (as with `>&-`), so it would be lost. Send it to a file with --output FILE (or `> FILE`), or leave standard output open.
error-internal = error: iop-check could not make the { $what } ({ $detail }). This is a bug in iop-check, not something you did; your answers are kept. Please report it, and try another --format meanwhile.
internal-check-in = check-in
internal-comparison-as-json = comparison as JSON
internal-document = document
internal-draft = draft
internal-programs-file = programs file
error-corrupt = error: could not read the saved file { $path }: { $detail }. It may have been edited or damaged. Move it aside (or delete it) and run iop-check again.

## What was being done to a file ("could not save the draft …").
io-ask-in = ask in
io-create-data-folder = create the data folder
io-delete-check-in = delete the check-in
io-delete-draft = delete the saved draft
io-delete-weekly-draft = delete the weekly draft
io-delete-programs = delete your programs
io-delete = delete
io-keep-check-in = keep the check-in in
io-keep-weekly = keep the weekly check-in in
io-keep-programs = keep your programs in
io-lock = lock
io-make-private = make private the data folder
io-open-lock = open the lock file
io-read-check-in = read the check-in
io-read-check-ins = read the check-ins folder
io-read-data-folder = read the data folder
io-read-draft = read the saved draft
io-read-weekly = read the weekly check-in
io-read-weekly-folder = read the weekly check-ins folder
io-read-weekly-draft = read the weekly draft
io-read-programs = read your programs
io-read = read
io-save-draft = save the draft
io-save-weekly-draft = save the weekly draft
io-use-check-ins = use the check-ins folder
io-use-lock = use the lock file
io-use = use
io-write-in = write in
io-write-to = write to
io-write = write

## Saved files that are not read (src/store/mod.rs).
saved-too-large = it is { $size }, larger than the { $max } a saved file can be, so it was not read
saved-not-a-file = it is { $what ->
    [fifo] a named pipe (FIFO)
    [folder] a folder
    [socket] a socket
   *[device] a device
}, not an ordinary file, so iop-check did not read it. iop-check writes only ordinary files in its data folder; move this one aside (or delete it), then run iop-check again
saved-not-yours = it belongs to another user (user id { $uid }), not to you, and others can write to its folder, so it may not be yours; iop-check did not read it. Choose a data folder that only you can write to with --data-dir DIR, or ask who put it there
no-home-folder = could not find your home folder to keep your answers in. Choose a folder with --data-dir DIR, or use --no-save to keep nothing
saved-would-be-too-large = it would be { $size }, larger than the { $max } iop-check reads back, so it was not written and nothing was deleted. Shorten some long answers, then try again

## A run (src/commands/run.rs).
summary-lang-needs-builtin = --summary-lang { $lang } works with the built-in question bank only, which has a translation. Leave out --bank, or leave out --summary-lang for a summary in the bank's own language
draft-other-bank = your saved draft is for a different question bank ("{ $bank }"). Run with the --bank you used then, or start over with --fresh (this deletes the draft)
draft-set-aside = The questions changed since you saved. { $count } of your earlier answers no longer fit and were set aside.
draft-none-to-resume = There are no saved answers to pick up, so we will start from the beginning.
summary-written = Summary written to { $path }.
kept-as = Kept as check-in { $id }. See them all with `iop-check history`.
nothing-kept-add-keep = Nothing was kept on this computer. Add --keep to keep this check-in, so that `iop-check history` can compare it next time.
copy-saved = Saved a copy to { $path }.

## Kept check-ins (src/commands/checkins.rs, src/store/checkins.rs).
bank-not-loaded = the question bank could not be loaded
no-draft-in = there is no saved draft in { $path }. Start one with `iop-check`
summary-lang-no-translation = --summary-lang { $lang } works with the built-in question bank "{ $builtin }" in English, which has a translation; these answers come from "{ $bank }" ({ $language ->
    [none] no language given
   *[other] { $language }
}). Leave out --summary-lang for a summary in the bank's own language
check-in-other-bank = this check-in was made with the question bank "{ $made }", not "{ $bank }". Add --bank with that bank's file
check-in-unreadable = warning: could not read { $path }; it may be damaged. Move it aside or delete it.
no-check-ins-in = there are no kept check-ins in { $path } yet. Run iop-check to make one
no-check-in = there is no check-in "{ $id }". `iop-check history` lists the ones you have
forget-nothing = There is nothing to forget: no kept check-ins, no saved draft and no programs.
forget-one = check-in { $id }
forget-kept = { $count } kept { $count ->
    [one] check-in
   *[other] check-ins
}
forget-draft = your saved draft
forget-programs = the programs you added
forget-weekly = { $count } weekly check-in { $count ->
    [one] file
   *[other] files
}
forget-leftovers = { $count ->
    [one] 1 leftover file from a save that did not finish
   *[other] { $count } leftover files from saves that did not finish
}
forget-confirm = Delete { $what }? This cannot be undone.
forget-none-deleted = Nothing was deleted.
forget-done = Deleted { $what }.

## Elsewhere.
stderr-redirected = iop-check draws its questions on the terminal's error stream (stderr), and that is redirected here. Run it without redirecting stderr (results go to stdout, so `iop-check > summary.txt` works), or add --plain
fhir-needs-bank = FHIR output needs the question bank the answers came from; it is not available here

## The answers file to fill in (src/commands/template.rs, src/answers).
template-head = Answers file for the question bank "{ $id }" { $version } ({ $title }).
template-fill = Every answer below is empty. Fill in the ones you want to answer, then run:
template-rules = An answer left empty is not answered: nothing is said for you. Write `skip` to say you chose to skip a question. The safety questions must be answered (or skipped with `skip`). Lines starting with # are notes.
template-how-list = answer with a list of one or more of these ids, like [a, b]
template-how-one = answer with one of these ids
template-asked-when = Asked only when { $condition }.
expect-one-of = answer with one of: { $ids }
expect-list-of = answer with a list of one or more of: { $ids }
expect-number-from = answer with a { $whole ->
    [yes] whole number
   *[no] number
} from { $min } to { $max }
expect-number = answer with a number
expect-text = answer with text of up to { $max } characters
condition-is = "{ $question }" is { $labels }
condition-or = {" "}or{" "}
condition-and = {" "}and{" "}
kind-choice = choice
kind-scale = scale
kind-yes-no = yes_no
kind-checklist = checklist
kind-number = number
kind-text = text
draft-save-failed-keep-going = You can keep going, and your summary will still be shown at the end, but if iop-check is stopped now your answers may be lost.
io-place-stdin = standard input
io-place-stdout = standard output
io-place-terminal = the terminal
io-place-man = the manual page
internal-fhir-response = FHIR response
internal-json-summary = JSON summary
internal-weekly-check-in = weekly check-in
internal-weekly-draft = weekly draft
io-create-check-ins = create the check-ins folder
io-make-private-check-ins = make private the check-ins folder
io-create-weekly-folder = create the weekly check-ins folder
io-make-private-weekly-folder = make private the weekly check-ins folder
template-this-file = THIS-FILE

## Options that do not go together (src/cli.rs); clap's own mistakes stay English.
usage-run-options = options for answering the questions (like --quick, --bank or --resume) go with `iop-check` alone or after `iop-check run`, not before `{ $command }`. Put them after the command's name if it takes them (see `iop-check { $command } --help`)
usage-plain-answers = --plain asks the questions one per line, and --answers reads the answers from a file: use one of them
usage-resume-no-save = --resume picks up a saved draft, and --no-save keeps nothing on disk: use one of them
usage-keep-no-save = --keep keeps the check-in, and --no-save keeps nothing on disk: use one of them
usage-keep-weekly-no-save = --keep keeps the weekly check-in, and --no-save keeps nothing on disk: use one of them
