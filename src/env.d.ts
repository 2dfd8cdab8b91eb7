declare module 'virtual:xinhuo/traditional-characters' {
  /** Traditional characters: their presence means a text needs Traditional → Simplified conversion. */
  const characters: string;
  export default characters;
}
