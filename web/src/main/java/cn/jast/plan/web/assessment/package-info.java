/** Application service for reports, the mid-term evaluation and the final assessment. */
package cn.jast.plan.web.assessment;
