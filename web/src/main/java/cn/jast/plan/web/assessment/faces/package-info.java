/**
 * The office's pages after approval (IV.2, IV.3): the approved projects with the office's next step and
 * the funding list ({@code ProjectsPage}), and one project's reports and evidence, mid-term evaluation,
 * final assessment against the assessment rule book and ledger ({@code AssessmentPage}); over
 * AssessmentService and FundingService, which decide.
 */
package cn.jast.plan.web.assessment.faces;
