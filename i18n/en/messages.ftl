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
} and run again; `iop-check template` prints an answers file to fill in.
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
