/** Journey events, custody and recalls in MariaDB. */
package vn.xuatxu.api.passport.journey.persistence;
