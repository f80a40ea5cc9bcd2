/** Application service for societies and their profiles. */
package cn.jast.plan.web.society;
