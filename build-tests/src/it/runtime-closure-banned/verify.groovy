// The build failed for the right reason: the banned dependency, by name, and nothing else.
def log = new File(basedir, 'build.log').text
assert log.contains('onecli4j-core may depend at run time only on') : 'the runtime-closure message is missing'
assert log.contains('org.slf4j:slf4j-simple:jar:') && log.contains('<--- banned via the exclude/include list') : 'slf4j-simple was not named as banned'
assert !(log =~ /slf4j-api:jar:[^\s]+ <--- banned/) : 'slf4j-api, which is allowed, was banned'
return true
