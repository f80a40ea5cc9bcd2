/** REST resources for public notices and objections (reading and objecting are public). */
package cn.jast.plan.web.publicity.rest;
