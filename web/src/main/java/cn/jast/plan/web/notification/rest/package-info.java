/** The REST face of notifications: the caller's list, mark read, the office's outbox, resend, the reminder run, an account's address. */
package cn.jast.plan.web.notification.rest;
