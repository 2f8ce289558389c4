# The decision summary's own words (what the bank does not say).
# Every id here is in i18n/es/summary.ftl too (src/summary/messages.rs tests it).

summary-title = { $bank } · summary
byline-for = For { $name } · { $date }
date = { $month } { $day }, { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
and-list = { $rest } and { $last }
list-comma = ,{" "}

part-safety = Safety, and help at any time
part-safety-flagged = Your safety comes first
part-standing = Where you stand
part-needs = What you still need
part-next = Your next step
part-weighing = Weighing your options
part-facts = What could make an option hard, in your answers
part-situation = Your situation
part-programs = Programs you are comparing
part-notes = In your own words
part-top = Talking points to bring
part-therapist = More to ask or tell your therapist
part-ask-programs = To ask programs
part-insurer = To check with your insurance plan
part-work = To ask at work or HR
part-later = If you look into a more intensive option later
part-overview = The considerations at a glance
part-open = Skipped or not sure
part-changes = Since your last check-in
part-answers = All your answers

safety-skipped = Skipped
safety-not-reached = Not reached
safety-no-answer = No answer
safety-first-point = Talk about your safety first, before anything else here.

programs-estimates = Costs and hours are estimates. See them all with `iop-check programs compare`.
own-words-mark = (your own words)
next-step = In the weeks ahead, whatever you chose, `iop-check progress` is a short weekly check-in: how the week went, your goals, and how your care fits. It makes a one-page summary you can share with your care team.
needs-all = You said yes to all { $asked } questions about being ready to decide.
needs-some = You said yes to { $met } of { $asked } questions about being ready to decide. For the others, one next step each:
needs-step = { $label } { $answer } Next step: { $step }
needs-no-step = { $label } { $answer }
weighs-against = Weighs against { $options }:
weighing-reasons = What matters to you that points to { $option }:
weighing-answers = Your answers that point to { $option }:
weighing-leaning = { $option } (the way you lean)
weighing-both = both { $first } and { $second }
weighing-none = Your answers so far do not point to one option more than another.
overview-intro = These words describe how your answers fit the options you are weighing. They are not a score of you, and not a verdict on any option.
overview-answered = { $count } answered
overview-open = { $count } skipped or not sure
overview-to-find-out = { $count } to find out
table-consideration = Consideration
table-shows = What your answers show
table-details = Details
open-skipped = Skipped: { $list }
open-not-sure = Not sure: { $list }
changes-intro = Answers that changed. Only questions you answered both times are compared.
changes-item = { $question } Was: { $before }. Now: { $now }.
answers-intro = Every other answer, in the order you gave them. Answers shown above are not repeated.
answer-skipped = Skipped
footer-bank = Question bank: { $id } { $version }
footer-bank-reviewed = Question bank: { $id } { $version }, last reviewed { $date }
page-of = Page
page-of-total = of

section-not-answered = Not answered
section-nothing-to-find-out = Nothing left to find out in your answers
section-still-open = Some questions still open
section-too-few = Too few answers to sum up
section-too-few-to-say = { $options }: too few answers to say
section-to-find-out = { $count ->
    [one] { $count } thing to find out
   *[other] { $count } things to find out
}

## `iop-check history` (src/summary/history.rs).
date-short = { $month } { $day }, { $year }
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec
history-title = Where you stood over time
history-intro = Where you stood at each check-in you kept, in your own answers. "Sure about" counts the readiness questions you answered with a clear yes (such as knowing enough about each option), out of those you answered. These describe your answers, not you.
history-empty = No kept check-ins yet. When you finish iop-check, you can keep your check-in to compare next time.
history-head-check-in = Check-in
history-head-stage = Where you were
history-head-leaning = Leaning
history-head-feeling = Gut feeling
history-head-sure = Sure about
history-skipped = skipped
history-sure-of = { $met } of { $asked }
history-flagged = In check-in { $id }, the safety check was flagged.
history-more = Show one again with `iop-check summary ID`. For a chart to print: `iop-check history --format html -o history.html`.
history-questions = { $count ->
    [0] none
    [one] 1 question
   *[other] { $count } questions
}
history-chart-title = Where you stood at each kept check-in
history-chart-desc = Three panels, one per measure, for { $count } check-ins from left (oldest) to right (newest): where you were in deciding, your gut feeling, and how many readiness questions you were sure about. Which way you leaned is written at the top. A gap means the question was skipped or not sure. The same values are in the table below.
history-chart-stage = Where you were in deciding
history-chart-feeling = Gut feeling
history-chart-sure = Sure about (readiness questions)
history-chart-key = Solid line and dots: where you were in deciding. Dashed line and squares: gut feeling. Dotted line and triangles: how many readiness questions you were sure about. A gap means skipped or not sure.
history-table-caption = The same, check-in by check-in
history-not-you = These describe your answers, not you. iop-check does not diagnose anything or make any choice for you.
