/** Sent with every report; bump with the agent's behaviour (the API shows it per server). */
export const AGENT_VERSION = '0.2.0';
