/** Storage of project reports with their evidence, and of mid-term and final assessment results, mapped by orm.xml. */
package cn.jast.plan.persistence.assessment;
