/** Registering print agents and sending label batches to them (people), and serving jobs to agents (machines). */
package vn.xuatxu.api.printing.application;
