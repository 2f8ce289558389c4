# programs: en
# Every id here is in the other language's programs.ftl too (src/i18n.rs tests it).
# The program worksheet's commands, the comparison and the cost estimate.

## The comparison's note and document

programs-note = These are the facts you wrote down, and rough estimates made from them. They do not rate or recommend any program: the choice is yours, with your care team. Check every cost with the program and your insurer before you decide.
programs-title = Comparing programs
programs-estimate = Every cost and hour here is an estimate.
# The word of programs-estimate that is stressed (bold); it must be in it.
programs-estimate-word = estimate
programs-star = ★ marks something you said matters a lot to you.
programs-insurer-title = What to ask your insurer (a script you can read from)
programs-opening = Comparing { $count ->
    [one] { $count } program
   *[other] { $count } programs
}. { $estimate }
programs-opening-side-by-side = Comparing { $count ->
    [one] { $count } program
   *[other] { $count } programs
} side by side. { $estimate }
programs-part-heading = Program { $number } of { $count }: { $name }
programs-list-ask-program = Still to find out from { $name }
programs-list-ask-insurer = To ask your insurer about { $name }
programs-list-clashes = What the schedule of { $name } may clash with
programs-mark-fits = fits what you said
programs-mark-differs = differs from what you said
programs-marks-legend = Marks: ✓ fits what you said · ! differs from what you said · ★ matters a lot to you
programs-matters-to-you = { $label } (matters to you: { $reason })
programs-no-preferences = You have no kept check-in yet, so nothing is marked against your priorities. Run `iop-check` to answer the main questions, then compare again.
programs-pref-format-in-person = format: in person
programs-pref-format-online = format: online
programs-pref-format-either = format: either
programs-pref-hours = hours you could free: { $hours }
programs-pref-reasons = reasons that matter a lot to you: { $count }
programs-pref-none = From { $source }: you left the format, hours and what matters to you open, so nothing is marked.
programs-pref-marked = Marked against what you said in { $source } ({ $parts }).
programs-source-checkin = your check-in { $id }
programs-source-draft = your saved draft
programs-source-this-run = this check-in

## Rows of the comparison

programs-row-contact = Contact
programs-row-format = In person or online
programs-row-schedule = Days and times
programs-row-weekly-hours = Hours a week, with travel (estimate)
programs-row-weeks = Weeks
programs-row-methods = Ways of helping
programs-row-group-size = Group size
programs-row-one-on-one = One-on-one time
programs-row-psychiatry = Psychiatry time
programs-row-with-therapist = With your therapist
programs-row-crisis-help = After-hours help
programs-row-measures-progress = Checks your progress
programs-row-shares-outcomes = Shares its outcomes
programs-row-licensed = Licensed
programs-row-accredited = Accredited
programs-row-in-network = In your network
programs-row-prior-auth = Needs prior approval
programs-row-waitlist = Wait to start
programs-row-aftercare = Aftercare plan
programs-row-program-cost = Program cost to you (estimate)
programs-row-travel-cost = Travel cost (estimate)
programs-row-pay-lost = Pay you would miss (estimate)
programs-row-total-cost = Total cost to you (estimate)

## Cells

programs-dont-know = don't know yet
programs-format-in-person = In person
programs-format-online = Online
programs-format-both = In person or online
programs-day-mon = Mon
programs-day-tue = Tue
programs-day-wed = Wed
programs-day-thu = Thu
programs-day-fri = Fri
programs-day-sat = Sat
programs-day-sun = Sun
programs-times-mornings = mornings
programs-times-afternoons = afternoons
programs-times-evenings = evenings
programs-times-vary = times vary
programs-schedule = { $days }; { $times }
programs-schedule-no-times = { $days }; times not known yet
programs-schedule-no-days = Days not known yet; { $times }
programs-weeks = { $count ->
    [one] { $number } week
   *[other] { $number } weeks
}
programs-hours = { $count ->
    [one] { $number } hour
   *[other] { $number } hours
}
programs-needs-one = unknown: needs { $first }
programs-needs-two = unknown: needs { $first } and { $second }
programs-needs-more = unknown: needs { $count } more answers
programs-cost-capped = { $cost } (reaches your yearly maximum)
programs-cost-up-to = up to { $cost }
programs-cost-at-least-rest = at least { $cost }; rest unknown

## What the estimate lacks

programs-missing-days-per-week = which days it meets
programs-missing-weeks = how many weeks it lasts
programs-missing-hours-per-week = its hours a week
programs-missing-pay-kind = how you would pay (copay, coinsurance or self-pay)
programs-missing-copay = your copay per day
programs-missing-coinsurance = your coinsurance percent
programs-missing-price-per-day = the price per day
programs-missing-deductible-left = how much of your deductible is left
programs-missing-travel-minutes = the travel time
programs-missing-travel-cost = the cost of a round trip
programs-missing-work-hours = the work hours you would miss
programs-missing-hourly-pay = your hourly pay
programs-missing-hours-free = the hours a week you could free

## One line per program (the summary and `programs list`)

programs-line-format-unknown = format not known yet
programs-about-hours-week = about { $hours } a week with travel
programs-line-hours-fits = about { $hours } a week with travel, within the hours you could free
programs-line-hours-over = about { $hours } a week with travel, more than the hours you could free
programs-line-hours-unknown = hours not known yet
programs-line-cost = about { $cost } to you in all (an estimate)
programs-line-cost-at-least = at least { $cost } to you (an estimate; some costs are not known yet)
programs-line-cost-unknown = cost not known yet
programs-questions-left = { $count ->
    [one] { $count } question still to ask
   *[other] { $count } questions still to ask
}
programs-nothing-left = nothing left to ask
programs-about-in-all = about { $cost } in all
programs-unnamed = Program { $number }

## What to ask your insurer, in the person's own voice

programs-script-hello = Hi, I'm looking at an Intensive Outpatient Program (IOP) and want to understand my costs.
programs-script-network = Is this program in my plan's network for intensive outpatient care? (Give them its name and address.)
programs-script-prior-auth = Do I need prior authorization, or a referral, before I start?
programs-script-pay = What do I pay for each day: a copay, or a percent of the price (coinsurance)?
programs-script-deductible = How much of my deductible is left this year, and does it apply to IOP?
programs-script-oop-max = How much is left before I reach my out-of-pocket maximum this year?
programs-script-limit = Is there a limit on how many days or weeks the plan covers?
programs-script-writing = Can you send me this in writing, or give me a reference number for this call?

## Questions to ask, one for each "don't know yet"

programs-ask-contact = Who can I talk to there, and how can I reach them?
programs-ask-format = Do you meet in person, online, or both?
programs-ask-days = Which days do you meet?
programs-ask-times = What times of day do you meet?
programs-ask-hours-week = How many hours a week is the program?
programs-ask-weeks = How many weeks does the program usually last?
programs-ask-methods = Which kinds of therapy do you use, like CBT or DBT?
programs-ask-group-size = About how many people are in a group?
programs-ask-one-on-one = How much one-on-one time with a therapist would I get?
programs-ask-psychiatry = Could I see a psychiatrist or prescriber, and how often?
programs-ask-with-therapist = How would you work with my own therapist?
programs-ask-crisis-help = How can I reach you for help after hours or on weekends?
programs-ask-measures-progress = How do you check how I am doing along the way?
programs-ask-shares-outcomes = How do your clients do overall? Do you share your outcomes?
programs-ask-licensed = Are you licensed by the state?
programs-ask-accredited = Are you accredited, for example by The Joint Commission or CARF?
programs-ask-waitlist = How long is the wait before I could start?
programs-ask-aftercare = What help do you give with planning what comes after the program?
programs-ask-price-per-day = What is your price for one day, before insurance?
programs-ask-in-network = Is this program in my plan's network?
programs-ask-prior-auth = Do I need prior authorization before I start?
programs-ask-pay-kind = For each day, do I pay a copay or coinsurance?
programs-ask-copay = What is my copay for one day of IOP?
programs-ask-coinsurance = What percent of the price is my coinsurance for IOP?
programs-ask-deductible-left = How much of my deductible is left this year?
programs-ask-oop-max-left = How much is left before I reach my out-of-pocket maximum?

## What the schedule may clash with

programs-clash-work = Your work hours: it meets in the daytime on weekdays.
programs-clash-study = Your classes: it meets in the daytime on weekdays.
programs-clash-caregiving = Caring for someone: you may need cover while you are at sessions.
programs-clash-transport = Getting there and back: it meets in person only.
programs-clash-other-health = Your other appointments: check they are not on its days.

## The commands

programs-finish-keep = Finish and keep this program
programs-finish-see = Finish and see this program
programs-too-many = you have { $count } programs kept, and iop-check keeps up to { $max }, so that your programs file stays small enough to read back. Nothing was changed. Remove one you no longer need with `iop-check programs remove N` (`iop-check programs list` shows the numbers), then add this one
programs-not-kept = Nothing was kept on this computer (--no-save).
programs-added = Added "{ $name }" as program { $number }.
programs-saved = Saved "{ $name }" as program { $number }.
programs-open-none = You have no questions left to ask about it.
programs-open-count = { $count ->
    [one] There is { $count } question still to ask about it.
   *[other] There are { $count } questions still to ask about it.
}
programs-see-compare = See it next to your other programs with `iop-check programs compare`.
programs-paused-first = Paused before the first answer, so no program was added. Run `iop-check programs add` when you are ready.
programs-ended-first = the input ended before the first answer, so no program was added. In plain mode, type one answer a line; or answer from a file with --answers FILE (`iop-check programs template` prints one to fill in)
programs-keep-failed = You can keep going, but if iop-check is stopped now your answers about this program may be lost.
programs-none-yet = You have not added any programs yet. Add one with `iop-check programs add`.
programs-list-heading = Your programs (costs and hours are estimates):
programs-list-footer = Compare them with `iop-check programs compare`; change one with `iop-check programs edit NUMBER`.
programs-none-to-compare = you have not added any programs yet, so there is nothing to compare. Add one with `iop-check programs add`
programs-choose-which = you have { $count } programs, and up to { $max } fit side by side. Choose which to compare by number or name, like `iop-check programs compare 1 3` (`iop-check programs list` shows the numbers)
programs-named-too-many = up to { $max } programs fit side by side, and you named { $count }. Choose { $max } or fewer
programs-written = Comparison written to { $path }.
programs-delete-confirm = Delete "{ $name }" and everything you wrote about it? This cannot be undone.
programs-nothing-deleted = Nothing was deleted.
programs-deleted = Deleted "{ $name }".
programs-find-none = you have not added any programs yet. Add one with `iop-check programs add`
programs-find-no-such = there is no program called "{ $name }". `iop-check programs list` shows your programs and their numbers; you can use either
