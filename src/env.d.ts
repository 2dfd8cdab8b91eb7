declare module 'virtual:xinhuo/traditional-triggers' {
  /** Characters whose presence means a query needs Traditional → Simplified conversion. */
  const triggers: string;
  export default triggers;
}
