/** Application services for a society's applications (drafts, check, submission, withdrawal, attachments, paper copies) and who may see what ({@code Access}). */
package cn.jast.plan.web.application;
