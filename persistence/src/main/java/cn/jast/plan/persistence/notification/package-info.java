/** The notification outbox (issue #14): what is to be mailed and shown to whom, written with the event that causes it, and its delivery. */
package cn.jast.plan.persistence.notification;
