/** Who is calling: Jakarta Security over the stored accounts, the roles, and the acting user for the audit log. */
package cn.jast.plan.web.security;
