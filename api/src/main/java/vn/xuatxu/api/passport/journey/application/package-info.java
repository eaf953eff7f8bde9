/** Recording a lot's journey (shipping, receiving, processing, quality checks) and recalls, with who may do what. */
package vn.xuatxu.api.passport.journey.application;
