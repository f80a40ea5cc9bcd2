/** Application services for a society's applications: drafts, check, submission, withdrawal, attachments, paper copies. */
package cn.jast.plan.web.application;
