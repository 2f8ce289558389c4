# screens: es
# Every id here is in the other language's screens.ftl too (src/i18n.rs tests it).
