/** REST resources and transfer objects for applications, attachments and paper copies, under {@code /api/v1}. */
package cn.jast.plan.web.application.rest;
