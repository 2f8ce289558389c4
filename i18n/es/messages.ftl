# messages: es
# Every id here is in the other language's messages.ftl too (src/i18n.rs tests it).
