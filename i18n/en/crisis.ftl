# crisis: en
# Where help is: the ways to reach a crisis line, the reminder line, the
# words around the crisis resources. Its own part, so that `iop-check crisis`
# parses only these few words before it shows them.
# Every id here is in the other language's crisis.ftl too (src/i18n.rs tests it).

help-now = Help now: { $how }
help-call-or-text = call or text { $number }
help-call-and-text = call { $call } or text { $text }
help-call = call { $number }
help-text = text { $number }
help-see-crisis = see `iop-check crisis`
link-call = Call { $number }
link-text = Text { $number }
calm-end = Take care of yourself first. The questions can wait.
parting-intro = Before you go: help is there right now.
right-now-intro = Right now, you can:
next-session-point = For your next session: { $point }
