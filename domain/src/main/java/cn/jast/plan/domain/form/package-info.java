/**
 * The application form (申报书) of each category and sub-project as plan-year data: sections, typed
 * fields and choice lists read from the plan-year file, the validation of a draft against its form
 * and the completeness check at submission.
 */
package cn.jast.plan.domain.form;
