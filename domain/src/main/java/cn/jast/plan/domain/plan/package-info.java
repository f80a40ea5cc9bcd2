/** The plan year as data: categories, sub-projects, quota groups, thresholds, and the reader of plan-year files. */
package cn.jast.plan.domain.plan;
