# progress: es
# Every id here is in the other language's progress.ftl too (src/i18n.rs tests it).
