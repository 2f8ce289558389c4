# progress: en
# Every id here is in the other language's progress.ftl too (src/i18n.rs tests it).
# The weekly check-ins (`iop-check progress`): the questions made per goal
# and sign, the two-week patterns, the history, the care team's page and
# what the commands say. The person's own words come in as arguments.

## The questions made for each goal and sign

progress-goal-fact = Goal: { $goal }
progress-sign-fact = Sign: { $sign }
progress-goal-from-decision = This goal is from your last decision check-in. You can change it at the end of this part.

## Dates in tables and charts: "Oct 1, 2026", "Oct 1"

progress-day = { $month } { $day }
progress-date = { $monthday }, { $year }
progress-month-1 = Jan
progress-month-2 = Feb
progress-month-3 = Mar
progress-month-4 = Apr
progress-month-5 = May
progress-month-6 = Jun
progress-month-7 = Jul
progress-month-8 = Aug
progress-month-9 = Sep
progress-month-10 = Oct
progress-month-11 = Nov
progress-month-12 = Dec

## The measures

progress-measure-mood = Mood
progress-measure-stress = Stress
progress-measure-sleep = Sleep
progress-measure-energy = Energy
progress-measure-missed = Sessions missed

## The two-week patterns, and the questions they raise for the care team

progress-fit-question = Talk with your care team about whether this level of care still fits.
progress-pattern-mood-lower-missed = Your mood was lower than before, and you missed sessions, two weeks in a row.
progress-pattern-not-enough-twice = You said your care felt like not enough, two weeks in a row.
progress-pattern-too-much-twice = You said your care felt like too much, two weeks in a row.
progress-pattern-missed-twice = You missed sessions two weeks in a row.
progress-question-missed = Talk with your care team about what gets in the way of your sessions.
progress-pattern-mood-lower = Your mood was lower than before, two weeks in a row.
progress-question-mood = Talk with your care team about what has changed for your mood.
progress-pattern-stress-higher = Your stress was higher than before, two weeks in a row.
progress-question-stress = Talk with your care team about what adds to your stress.
progress-pattern-sleep-lower = Your sleep was worse than before, two weeks in a row.
progress-question-sleep = Talk with your care team about your sleep.
progress-pattern-energy-lower = Your energy was lower than before, two weeks in a row.
progress-question-energy = Talk with your care team about your energy.
progress-pattern-goal-stuck = Your goal “{ $goal }” had no progress two weeks in a row.
progress-question-goal = Talk with your care team about this goal, and what gets in its way.

## The history (`iop-check progress history`)

progress-skipped = skipped
progress-safety-week = In the check-in of { $date }, a safety answer was not "No".
progress-safety-help = { $help }. For more ways to get help, run `iop-check crisis`.
progress-intro = Your weekly check-ins, oldest first, in your own answers. Mood, stress, sleep and energy are from 1 to 5; sessions missed counts 3 or more as 3. These describe your answers, not you.
progress-empty = No weekly check-ins kept yet. Run `iop-check progress` once a week; each one you keep is added here.
progress-care-weekly = Weekly
progress-care-iop = IOP
progress-care-php = PHP
progress-care-other = Other
progress-care-none = None
progress-col-week = Week of
progress-col-care = Care
progress-col-mood = Mood
progress-col-stress = Stress
progress-col-sleep = Sleep
progress-col-energy = Energy
progress-col-missed = Missed
progress-col-fit = Care felt
progress-trend-intro = Trend, one mark a week, oldest on the left (taller is a later point on the scale; a space is a week skipped):
progress-goals-this-week = Goals this week:
progress-moved = Answers that moved the same way two weeks in a row
progress-history-next = For your care team: `iop-check progress summary`. For a chart to print: `iop-check progress history --format html -o progress.html`.
progress-history-title = Your weekly check-ins
progress-trends = Trends
progress-trend-ends = { $low } to { $high }
progress-chart-title = Your weekly check-ins, measure by measure
progress-chart-desc = { $panels } panels, one line each ({ $measures }), for { $weeks } weeks from left (oldest) to right (newest). Each panel shows its scale's words at the bottom and the top. A gap means skipped or not sure. The same values are in the table below.
progress-chart-years = { $first } to { $last }
progress-chart-axis = Week of (in { $years })
progress-chart-caption = One line per measure; each has its own dash and mark. The words at each end are the scale's ends. A gap means skipped or not sure.
progress-week-by-week = Week by week
progress-history-footer = These describe your answers, not you. iop-check does not diagnose anything or make any choice for you.
progress-history-meta = { $count ->
    [one] { $count } weekly check-in, { $first } to { $last }
   *[other] { $count } weekly check-ins, { $first } to { $last }
}

## The summary for the care team (`iop-check progress summary`)

progress-summary-title = Weekly check-ins: a summary for the care team
progress-byline-span = { $count ->
    [one] { $count } weekly check-in, { $first } to { $last }
   *[other] { $count } weekly check-ins, { $first } to { $last }
}
progress-byline-one = 1 weekly check-in, { $date }
progress-byline-none = No weekly check-ins kept yet
progress-byline-care = { $byline } · Care now: { $care }
progress-part-raise = What I want to raise
progress-this-week = This week:
progress-part-questions = Questions for the care team, from the weeks
progress-questions-too-soon = These need two weeks or more of check-ins.
progress-questions-none = No questions from the weeks this time. (A question comes up when an answer gets harder two weeks in a row, or care feels like too much or not enough two weeks in a row.)
progress-not-answered = not answered
progress-last-week = last week: { $answer }
progress-last-and-first-week = last week: { $last }; first week: { $first }
progress-part-changes = This week, and what changed
progress-count = { $weeks ->
    [one] { $answer } ({ $weeks } week)
   *[other] { $answer } ({ $weeks } weeks)
}
progress-missed = Sessions missed:
progress-missed-why = What got in the way:
progress-care-fit = How the amount of care felt:
progress-part-sessions = Sessions and care
progress-status-goal-moving = moving: progress two weeks in a row
progress-status-goal-stuck = stuck: no progress two weeks in a row
progress-status-sign-moving = better two weeks in a row
progress-status-sign-stuck = not better two weeks in a row
progress-status-mixed = mixed
progress-status-named = rated from next week on
progress-status-new = new this week
progress-named-this-week = named this week
progress-no-goals = No goals named yet.
progress-part-goals = Goals
progress-part-signs = Signs being watched
progress-hardest = Hardest part:
progress-strain = What made things harder:
progress-skills = Skills:
progress-part-latest = The latest week
progress-summary-footer = Made with iop-check from the bank "{ $bank }" { $version }. The questions above come from the answers; they are not advice.

## What the weekly commands say

progress-unreadable = warning: could not read { $path }; it may be damaged. Move it aside or delete it.
progress-kept = Kept as weekly check-in { $id }. See the weeks with `iop-check progress history`.
progress-not-kept = Nothing was kept on this computer. Add --keep to keep this week, so that `iop-check progress history` shows it.
progress-written = Summary written to { $path }.
progress-copy-saved = Saved a copy to { $path }.
progress-draft-not-saved = { $error }
    You can keep going, but if iop-check is stopped now your answers this week may be lost.
progress-no-fhir-summary = the summary for the care team has no FHIR form; `iop-check progress history --format fhir` writes every week as a FHIR QuestionnaireResponse
progress-none-kept = there are no kept weekly check-ins yet. Run `iop-check progress` to make one, and keep it at the end
