/** REST resources for reports, mid-term evaluation and final assessment. */
package cn.jast.plan.web.assessment.rest;
