# crisis: es
# Dónde hay ayuda: cómo llegar a una línea de crisis, la línea que lo recuerda,
# las palabras alrededor de los recursos de crisis. Va aparte para que
# `iop-check crisis` solo tenga que leer estas pocas palabras.
# Cada id está también en el crisis.ftl del otro idioma (src/i18n.rs lo comprueba).

help-now = Ayuda ahora: { $how }
help-call-or-text = llame o envíe un texto al { $number }
help-call-and-text = llame al { $call } o envíe un texto al { $text }
help-call = llame al { $number }
help-text = envíe un texto al { $number }
help-see-crisis = vea `iop-check crisis`
link-call = Llamar al { $number }
link-text = Enviar un texto al { $number }
calm-end = Primero cuide de usted. Las preguntas pueden esperar.
parting-intro = Antes de irse: hay ayuda ahora mismo.
right-now-intro = Ahora mismo, usted puede:
next-session-point = Para su próxima sesión: { $point }
