/**
 * Application service of the 科创江苏 cross-check (LIMIT-5, II.3.5): the office imports the list of a plan year
 * (CSV, or XLSX read here into the domain's rows), matching applications are flagged and not reviewed until the
 * office decides on each match.
 */
package cn.jast.plan.web.kechuang;
