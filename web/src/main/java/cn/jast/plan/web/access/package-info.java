/** Who may see and do what, decided in the application services for REST and pages alike ({@code Access}). */
package cn.jast.plan.web.access;
