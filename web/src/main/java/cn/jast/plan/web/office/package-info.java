/**
 * The programme office's view of a plan year: the figures at a glance (submissions per day, quota use,
 * states, paper copies outstanding), every application as a table filtered, sorted and paged in the
 * database with its export to XLSX and CSV, and one application's whole file.
 */
package cn.jast.plan.web.office;
