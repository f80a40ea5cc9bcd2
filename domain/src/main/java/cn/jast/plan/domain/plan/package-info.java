/**
 * The plan year as data: categories, sub-projects, quota groups, thresholds, the forms of each category
 * and sub-project, and the reader of plan-year files.
 */
package cn.jast.plan.domain.plan;
