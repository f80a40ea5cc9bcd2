/**
 * The office's care of user accounts: lifting the login throttle of an account, audited; and the first
 * office account of an installation without the demo, made once at start-up ({@code FirstOfficeAccount}).
 */
package cn.jast.plan.web.account;
