const id = encodeURIComponent;

export const transferHome = '/lernnetzwerk';
export const rasterHref = (kommuneId: string) => `${transferHome}/kommunen/${id(kommuneId)}`;
export const lueckeHref = (lueckeId: string) => `${transferHome}/luecken/${id(lueckeId)}`;
export const matchesHref = (netzwerkId: string) => `${transferHome}/netzwerke/${id(netzwerkId)}/matches`;
export const praxisListHref = (filter: { q?: string; netzwerk?: string; kommune?: string } = {}) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  const search = params.toString();
  return `${transferHome}/praxis${search ? `?${search}` : ''}`;
};
export const praxisHref = (praxisId: string) => `${transferHome}/praxis/${id(praxisId)}`;
export const praxisNewHref = (kommuneId?: string) => `${transferHome}/praxis/neu${kommuneId ? `?kommune=${id(kommuneId)}` : ''}`;
export const praxisEditHref = (praxisId: string) => `${praxisHref(praxisId)}/bearbeiten`;
export const transferNewHref = (praxisId: string, lueckeId?: string | null) => `${transferHome}/transfers/neu?praxis=${id(praxisId)}${lueckeId ? `&luecke=${id(lueckeId)}` : ''}`;
export const transferHref = (transferId: string) => `${transferHome}/transfers/${id(transferId)}`;
export const kontextfragenHref = `${transferHome}/kontextfragen`;
