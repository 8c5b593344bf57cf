#!/usr/bin/env bash
# The finfigures command on the example article and on a small NDJSON stream written here.
#   npm run build && bash examples/cli.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ff() { node dist/cli.js "$@"; }

echo '## figures as a table (document dated 2019-08-21)'
ff extract -f table -d 2019-08-21 examples/article.txt

echo; echo '## money only, converted to US dollars at each figure'"'"'s own period, as CSV'
ff extract -f csv -k money --convert-to USD -d 2019-08-21 examples/article.txt | cut -d, -f2-12 | head -6

echo; echo '## checks: numbers in the text that disagree'
ff extract --check -d 2019-08-21 examples/article.txt | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{for(const f of JSON.parse(s).findings)console.log(`${f.severity}: ${f.message}`)})'

echo; echo '## a pipeline stage: records in, the same records with figures out (a bad line is reported, not dropped)'
printf '%s\n' \
  '{"id":"a","published":"2021-04-30","body":"Quarterly sales rose 6% to $812 million."}' \
  'this line is not JSON' \
  '{"id":"b","published":"2021-05-03","body":"It cut its dividend to 40 cents a share for the first half."}' |
  ff extract --ndjson --text-field body --date-field published --jobs 2 |
  node -e 'require("readline").createInterface({input:process.stdin}).on("line",l=>{const r=JSON.parse(l);console.log(r.error?`error: ${r.error.message}`:`${r.id}: ${r.figures.map(f=>f.text).join(" | ")}`)})'

echo; echo '## an HTML report to open in a browser'
ff report examples/article.txt -d 2019-08-21 --convert-to USD -o /tmp/finfigures-article.html
