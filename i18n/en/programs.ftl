# programs: en
# Every id here is in the other language's programs.ftl too (src/i18n.rs tests it).
