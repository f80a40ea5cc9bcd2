/** Storage of plan years as the text of their plan-year file, read back through the domain's strict PlanYearReader. */
package cn.jast.plan.persistence.plan;
