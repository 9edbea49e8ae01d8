/**
 * A self-contained interactive API page (no CDN): lists every operation of the OpenAPI document with its
 * parameters and body schema, and lets the reader send a request with a bearer token.
 */
export function docsPage(specUrl: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LOS API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1b1f24;background:#f6f7f9}
header{background:#12355b;color:#fff;padding:14px 24px}header input{width:420px;padding:4px}
main{max-width:1100px;margin:0 auto;padding:16px 24px}
details{background:#fff;border:1px solid #d8dde3;border-radius:6px;margin:8px 0}
summary{cursor:pointer;padding:8px 12px;font-family:ui-monospace,monospace}
.m{display:inline-block;width:64px;font-weight:700}.get{color:#1a7f37}.post{color:#0b5cad}.put,.patch{color:#9a6700}.delete{color:#cf222e}
section{padding:0 12px 12px}pre{background:#f0f2f5;padding:8px;overflow:auto;max-height:320px}
textarea{width:100%;height:120px;font-family:ui-monospace,monospace}button{padding:4px 12px}
h2{margin:20px 0 4px;font-size:16px}
</style></head><body>
<header><strong>LOS API</strong> · <a style="color:#bcd" href="${specUrl}">openapi.json</a> ·
Bearer token: <input id="token" placeholder="paste an accessToken"></header>
<main id="root">Loading…</main>
<script>
const esc=(s)=>String(s).replace(/[&<>"]/g,(c)=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));
fetch(${JSON.stringify(specUrl)}).then(r=>r.json()).then(spec=>{
  const byTag={};
  for(const [path,ops] of Object.entries(spec.paths))for(const [method,op] of Object.entries(ops)){
    const tag=(op.tags&&op.tags[0])||'other';(byTag[tag]??=[]).push({path,method,op});}
  const root=document.getElementById('root');root.innerHTML='';
  for(const [tag,ops] of Object.entries(byTag)){
    const h=document.createElement('h2');h.textContent=tag;root.appendChild(h);
    for(const {path,method,op} of ops){
      const d=document.createElement('details');
      const params=(op.parameters||[]).map(p=>'<label>'+esc(p.in)+' <b>'+esc(p.name)+'</b>'+(p.required?'*':'')+' <input data-in="'+esc(p.in)+'" data-name="'+esc(p.name)+'"></label><br>').join('');
      const body=op.requestBody?op.requestBody.content['application/json'].schema:null;
      d.innerHTML='<summary><span class="m '+method+'">'+method.toUpperCase()+'</span>'+esc(path)+' — '+esc(op.summary||'')+'</summary><section>'+
        params+(body?'<div>Body schema</div><pre>'+esc(JSON.stringify(body,null,2))+'</pre><textarea></textarea>':'')+
        '<br><button>Send</button><pre class="out"></pre><div>Responses: '+Object.keys(op.responses).join(', ')+'</div></section>';
      d.querySelector('button').onclick=async()=>{
        let url=path;const q=new URLSearchParams();
        d.querySelectorAll('input[data-in]').forEach(i=>{if(!i.value)return;if(i.dataset.in==='path')url=url.replace('{'+i.dataset.name+'}',encodeURIComponent(i.value));else q.set(i.dataset.name,i.value);});
        const headers={'content-type':'application/json'};const t=document.getElementById('token').value;if(t)headers.authorization='Bearer '+t;
        const ta=d.querySelector('textarea');
        const res=await fetch(url+(q.size?'?'+q:''),{method:method.toUpperCase(),headers,body:ta&&ta.value?ta.value:undefined});
        d.querySelector('.out').textContent=res.status+'\\n'+JSON.stringify(await res.json().catch(()=>null),null,2);};
      root.appendChild(d);}}
});
</script></body></html>`;
}
