// <otp-enroll> is defined before Vue mounts, so Vue binds `:adapter` as a property (it does so
// for any key the element has). Where the element module may load later, write `:adapter.prop`.
import 'otp-elements/otp-enroll.js';
import { createApp } from 'vue';
import RegistrationPage from './RegistrationPage.vue';

createApp(RegistrationPage).mount('#app');
