/**
 * What an application (申报书) declares: its content (category, sub-project, events and the society's
 * role in each, served units, attachments, the values written into the form, the society's other
 * applications). The rules read it and the lifecycle carries it; it depends on no other feature
 * package, so the plan year and the forms can name its facts.
 */
package cn.jast.plan.domain.content;
