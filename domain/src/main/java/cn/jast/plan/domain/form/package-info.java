/**
 * The application form (申报书) of each category and sub-project: sections, typed fields, choice lists
 * and the facts a field binds, the validation of a draft against its form and the completeness check at
 * submission. The plan year ({@code domain.plan}) reads the forms from its file and holds them; what a
 * society writes into them ({@code FormValues}) is part of the content.
 */
package cn.jast.plan.domain.form;
