import { callsSuite } from '../wizard/suite/calls.js';
import { flowSuite } from '../wizard/suite/flow.js';
import { secretsSuite } from '../wizard/suite/secrets.js';
import { sessionSuite } from '../wizard/suite/session.js';
import { suspendDriver } from './driver.js';

callsSuite(suspendDriver);
flowSuite(suspendDriver);
secretsSuite(suspendDriver);
sessionSuite(suspendDriver);
