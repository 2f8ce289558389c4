# screens: en
# Every id here is in the other language's screens.ftl too (src/i18n.rs tests it).
# The words of the question screens (terminal and --plain): welcome, keys,
# progress, section cards, review, the questions at the end, and the
# safety and crisis screens.

## Shared by both modes

progress-line = { $section } · { $in_section } of { $section_total } · question { $number } of { $total }
welcome-quick = This short path takes about { $minutes } minutes. You can answer the rest another time.
welcome-core = This takes about { $minutes } minutes. If you are tired, `{ $command } --quick` asks only the core questions, in about { $quick } minutes.
welcome-time = This takes about { $minutes } minutes.
welcome-skip = You can skip any question, go back, or stop and pick up later. There are no right or wrong answers.
welcome-help = If you need help right now: { $name } ({ $reach }).
welcome-reviewed = These questions were last reviewed on { $date }.
kept-note-saving = (your answers are kept)
kept-note-not-saving = (nothing is saved: you chose --no-save)
question-help-none = There is no extra help for this question. Answer as best you can, or skip it: skipping never counts against you.
sources-line = Source: { $sources }
help-struggling = If you are struggling right now, help is there:
answer-line = { $question } → { $answer }
answer-skipped-mark = (skipped)
answer-nothing-chosen = (nothing chosen)
answer-goes-alone = "{ $option }" goes alone. Choose it by itself, or choose the others without it.
saved-when = from { $month } { $day } at { $time }
saved-when-unknown = from an earlier session
confirm-needs-terminal = deleting needs a confirmation, but the input is not a terminal. Add --yes to delete without being asked
confirm-yes-no = [y/N]
confirm-bad-answer = Please type y for yes or n for no.

## Crisis words


## Terminal screens

choice-skip = Skip this question
choice-back = Go back to the previous question
choice-help = Help, and crisis resources
keys-choice = ↑/↓ move · Enter choose · Esc go back
keys-unchosen = Nothing is chosen yet: ↓ picks an answer · Enter choose · Esc go back
hint-unchosen = Nothing is chosen yet. Press ↓ to pick an answer.
keys-checklist = ↑/↓ move · Space check or uncheck · Enter done · Esc go back
keys-typed = Enter on an empty line skips · type < to go back · type ? for help
number-range = A number from { $min } to { $max }.
number-range-unit = A number from { $min } to { $max } ({ $unit }).
section-why = Why this matters: { $why }
checklist-nothing = Nothing is checked yet. Press Space on each answer that applies, then Enter.
checklist-go-back = Go back and check answers
notice-ok = OK
typed-prompt = Your answer
typed-number = Please type a number from { $min } to { $max }
typed-whole-number = Please type a whole number from { $min } to { $max }
typed-not-number = Please type a number, like 6
typed-too-long = Please keep it under { $max } characters
welcome-start = Start with a quick safety check
opening-progress = { $title } · { $number } of { $total }
opening-next = Next
opening-skip = Skip to the questions
opening-start = Start the questions
crisis-go-on = Keep going with the questions
crisis-more-help = See more ways to get help
crisis-stop-now = Stop here and reach out now { $note }
crisis-stop = Stop here for now { $note }
more-help-back = Back
help-back = Back to the question
help-read-on = Read on (page { $page } of { $pages })
help-start-again = Back to the start of the help (page 1 of { $pages })
review-finish = Finish and see my summary
review-change = Change an answer
review-pause = Pause for now { $note }
review-heading = Review your answers
review-heading-page = Review your answers (page { $page } of { $pages })
review-more = See more answers (page { $page } of { $pages })
review-first-again = See the first answers again (page 1 of { $pages })
review-which = Which answer do you want to change? (↑/↓ move · Enter picks it · Esc goes back)
review-change-item = { $section }: { $question } → { $answer }
resume-welcome-back = Welcome back. You have { $count } saved answer{ $count ->
    [one] {""}
   *[other] s
} { $when }.
resume-pick-up = Pick up where I left off
resume-start-over = Start over (the saved answers are deleted)
name-almost-done = Almost done.
name-explain = You can put your first name or initials on the summary. This is optional: press Enter to leave it off.
name-prompt = Name or initials
keep-question = Keep this check-in on this computer? Then next time you can see what changed. It stays private: only you can read it.
keep-yes = Yes, keep it
keep-no = No, don't keep it
copy-question = Save a copy of the summary to print or share?
copy-no = No, thanks
copy-html = Yes, as a web page to print (HTML)
copy-markdown = Yes, as a text document (Markdown)
copy-file-name = File name

## Plain lines (--plain)

plain-unreadable = That line was not readable text. Please type it again.
plain-too-long = That line was too long (more than { $kib } KiB), so it was set aside. Please type a shorter answer.
plain-endless = a line went on for more than { $mib } MiB without ending, so iop-check stopped reading (the input may be a binary file or a device such as /dev/zero, not lines of answers).{ $kept } Give one answer a line
plain-endless-kept = {" "}Your answers so far are kept in your draft.
plain-part = Part: { $title }. Why this matters: { $why }
plain-number-range = (a number from { $min } to { $max })
plain-number-range-unit = (a number from { $min } to { $max }, in { $unit })
plain-current = Your answer now: { $answer }. Press Enter to keep it.
plain-how-checklist = Type the numbers of all that apply, like 1 3.
plain-how-number = Type a number. An empty line skips.
plain-how-text = Type your answer on one line. An empty line skips. To answer just s, b, q or ?, type \ before it.
plain-how-choice = Type a number.
plain-keys = { $how } s = skip, b = back, ? = help, q = pause.
plain-help-heading = Help:
plain-help-back = Now, back to the question:
plain-checklist-empty = Nothing is chosen yet. Please type the numbers of all that apply, like 1 3, or s to skip.
plain-choice-empty = Please type a number, or s to skip.
plain-first-question = This is the first question, so there is nothing to go back to.
plain-checklist-bad = Please type numbers from 1 to { $count }, like 1 3, or s to skip.
plain-number-bad = Please type a number from { $min } to { $max }.
plain-whole-number-bad = Please type a whole number from { $min } to { $max }.
plain-not-number = Please type a number, like 6, or press Enter to skip.
plain-text-empty = Please type your answer, or s to skip.
plain-text-long = That is longer than { $max } characters. Please shorten it.
plain-one-number = Please type one number from 1 to { $count }.
plain-crisis-now = Press Enter to stop here and reach out now { $note }, or type c to keep going with the questions.
plain-crisis-calm = Press Enter to keep going with the questions, or type q to stop for now { $note }.
plain-review-heading = Review your answers:
plain-review-item = { $number }. { $question } - { $answer }
plain-review-ask = Type a number to change that answer, or press Enter to finish. q = pause.
plain-resume-have = You have { $count } saved answer{ $count ->
    [one] {""}
   *[other] s
} { $when }.
plain-resume-ask = Type r to pick up where you left off, or n to start over (the saved answers are deleted).
plain-name = Your first name or initials, to put on the summary (optional: press Enter to leave it off).
plain-keep = Keep this check-in on this computer, so you can compare next time? Type y or n (Enter means yes).
plain-copy = Save a copy to print or share? Type html or md, or press Enter for no.
plain-file-name = File name (Enter for { $name }):
plain-welcome-keys = On every question: s = skip, b = back, ? = help and crisis resources, q = pause { $note }.
plain-welcome-safety = First, a quick safety check.
